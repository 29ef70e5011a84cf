package cn.beijing.platform.subsidy.policy.kindergarten;

/** Grades of the annual inspection (考核或年检) and of the municipal supervision evaluation (督导评估), low to high. */
public enum EvaluationGrade {
    /** 不合格. */
    UNQUALIFIED,
    /** 合格. */
    QUALIFIED,
    /** 良好. */
    GOOD,
    /** 优秀. */
    EXCELLENT;

    /** "{@code minimum}或以上等次". */
    public boolean atLeast(EvaluationGrade minimum) {
        return compareTo(minimum) >= 0;
    }
}
