package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * What the scope clauses of 京技管发〔2024〕31号 and 33号 (附则) ask about an applicant.
 *
 * @param registeredInYizhuang            registered in the 225 km² Yizhuang new town (33号 附则2)
 * @param operatesInYizhuang              lawfully and actually operating in the Yizhuang new town (31号 附则2, 33号 附则2)
 * @param majorAdministrativePenaltyDates dates of major administrative penalties on record
 * @param criminalRecordDates             dates of criminal convictions on record
 * @param onSeriousDishonestyList         listed as a seriously dishonest entity (严重违法失信主体名单), 33号 附则2
 * @param inSciTechCultureIndustry        main products or own R&D applied to high-end audiovisual or gaming/esports, or
 *                                        within 文化及相关产业分类(2018) / 体育产业统计分类(2019) (31号 附则3)
 */
public record ApplicantStanding(boolean registeredInYizhuang, boolean operatesInYizhuang,
                                List<LocalDate> majorAdministrativePenaltyDates, List<LocalDate> criminalRecordDates,
                                boolean onSeriousDishonestyList, boolean inSciTechCultureIndustry) {

    public ApplicantStanding {
        majorAdministrativePenaltyDates = majorAdministrativePenaltyDates == null ? List.of()
                : List.copyOf(majorAdministrativePenaltyDates);
        criminalRecordDates = criminalRecordDates == null ? List.of() : List.copyOf(criminalRecordDates);
    }

    /** 近N年: a major administrative penalty from {@code since} to {@code until}, both inclusive. */
    public boolean majorPenaltyBetween(LocalDate since, LocalDate until) {
        return anyBetween(majorAdministrativePenaltyDates, since, until);
    }

    /** 近N年: a criminal record from {@code since} to {@code until}, both inclusive. */
    public boolean criminalRecordBetween(LocalDate since, LocalDate until) {
        return anyBetween(criminalRecordDates, since, until);
    }

    private static boolean anyBetween(List<LocalDate> dates, LocalDate since, LocalDate until) {
        for (LocalDate date : dates) {
            if (date != null && !date.isBefore(since) && !date.isAfter(until)) {
                return true;
            }
        }
        return false;
    }

    /** An applicant meeting every scope condition of both documents. */
    public static ApplicantStanding clean() {
        return new ApplicantStanding(true, true, List.of(), List.of(), false, true);
    }
}
