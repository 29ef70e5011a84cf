package cn.beijing.platform.policy.parameters;

/** A parameter file is missing, malformed or inconsistent: raised at start-up, so the service does not start. */
public class ParameterFileException extends RuntimeException {

    private final String file;

    public ParameterFileException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public ParameterFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file at fault, e.g. {@code drg-base-rate.yaml}. */
    public String file() {
        return file;
    }
}
