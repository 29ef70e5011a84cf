package cn.beijing.platform.guardianship.parameters;

/** A parameter file that is missing, malformed or inconsistent: raised at load time, never at decision time. */
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
