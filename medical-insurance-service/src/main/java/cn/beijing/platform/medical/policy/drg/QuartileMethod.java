package cn.beijing.platform.medical.policy.drg;

/** How quartiles are computed for the weight trimming ([platform rule]: the notice says only "四分位法"). */
public enum QuartileMethod {
    /**
     * Hyndman-Fan type 7, linear interpolation between order statistics — the default of R {@code quantile()},
     * Excel {@code QUARTILE.INC}/{@code PERCENTILE.INC} and NumPy {@code percentile(..., method="linear")}: for the
     * sorted costs {@code x[0..n-1]}, {@code h = (n − 1)·p}, {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}.
     */
    R7_LINEAR_INTERPOLATION("R-7 linear interpolation (Excel QUARTILE.INC): h=(n-1)p, Q=x[floor h]+(h-floor h)(x[floor h+1]-x[floor h])");

    private final String description;

    QuartileMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
