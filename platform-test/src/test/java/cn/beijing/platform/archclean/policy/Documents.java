package cn.beijing.platform.archclean.policy;

/** The service's documents, shared by its document packages. */
public final class Documents {

    public static final String DOC = "doc";

    private Documents() {
    }
}
