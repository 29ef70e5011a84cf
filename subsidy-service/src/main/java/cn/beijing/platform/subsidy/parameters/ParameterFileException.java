package cn.beijing.platform.subsidy.parameters;

/** A parameter file is missing, malformed or inconsistent; raised at load, so the service does not start. */
public class ParameterFileException extends RuntimeException {

    public ParameterFileException(String file, String message) {
        super(file + ": " + message);
    }

    public ParameterFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
