package cn.beijing.platform.medical.parameters;

/** A parameter or reference-data file that cannot be loaded: missing key, wrong type, overlapping windows… */
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

    public String file() {
        return file;
    }
}
