package cn.beijing.platform.medical.catalogue;

import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.common.imports.ImportRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.medical.policy.drug.DrugCatalogueStatus;
import cn.beijing.platform.medical.policy.drug.DrugClaimLine;
import cn.beijing.platform.medical.policy.drug.DrugClaimLineInput;
import cn.beijing.platform.medical.policy.drug.HerbalExclusion;
import cn.beijing.platform.medical.policy.drug.HerbalPieceExclusion;
import cn.beijing.platform.medical.policy.drug.HerbalPieceExclusionLists;
import cn.beijing.platform.medical.policy.drug.HerbalUse;
import cn.beijing.platform.medical.policy.drug.ListedDrugKind;
import cn.beijing.platform.medical.policy.drug.ListingPriceCheck;
import cn.beijing.platform.medical.policy.drug.ListingPriceDecision;
import cn.beijing.platform.medical.policy.drug.ListingPriceInput;
import cn.beijing.platform.medical.policy.MedicalInsuranceDocuments;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDisease;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDiseaseDrugInput;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDiseaseScope;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDiseaseScopeDecision;
import cn.beijing.platform.medical.policy.drug.CatalogueDrug;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;
import cn.beijing.platform.medical.store.DrugStore;
import cn.beijing.platform.medical.store.ImportKind;
import cn.beijing.platform.common.paging.Page;
import cn.beijing.platform.medical.store.ReferenceImport;
import cn.beijing.platform.medical.store.ReferenceImports;
import reactor.core.publisher.Mono;

/**
 * The 2024 drug catalogue (京医保发〔2024〕21号): import, look-up, and the decisions that need it — a claim line's
 * reimbursable base and insured extra, the outpatient special-disease scope, the listing-price ceiling. The rules are
 * the policy's; this class only finds the drug and the list data they need.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrugCatalogue {

    private final DrugStore drugs;
    private final ReferenceImports imports;
    private final CatalogueImports catalogueImports;
    private final DrugClaimLine claimLine;
    private final HerbalPieceExclusion herbalPieceExclusion;
    private final OutpatientSpecialDiseaseScope specialDiseaseScope;
    private final ListingPriceCheck listingPriceCheck;

    /** Validates every row first (422 listing each bad line, nothing written), then writes; run in a transaction. */
    public Mono<ImportResult> importRows(ImportRequest request, String importedBy) {
        return catalogueImports.apply(new CatalogueImports.Table<>(ImportKind.DRUG_CATALOGUE, "drug-catalogue",
                DrugCatalogueRows::read, CatalogueDrug::code, CatalogueDrug::sameAs, drugs), request, importedBy);
    }

    public Mono<CatalogueDrug> find(String code) {
        return drugs.find(code).switchIfEmpty(Mono.error(new NotFoundException("drug " + code)));
    }

    public Mono<Page<CatalogueDrug>> search(String code, String name, DrugCataloguePart part, String categoryCode,
                                            int page, int size) {
        return drugs.search(code, name, part, categoryCode == null ? null : categoryCode.toUpperCase(Locale.ROOT),
                page, size);
    }

    public Mono<ReferenceImport> latestImport() {
        return imports.latest(ImportKind.DRUG_CATALOGUE);
    }

    /**
     * A claim line: a listed drug by {@code drugCode}, or a herbal piece by {@code herbName} (the herbal part is an
     * exclusion list: a piece on no list is payable). A code not in the catalogue is {@code NOT_LISTED}.
     */
    public Mono<ClaimLineOutcome> evaluateClaimLine(String drugCode, String herbName, HerbalUse herbalUse,
                                                    BigDecimal price, BigDecimal quantity, LocalDate serviceDate) {
        if (herbName != null && !herbName.isBlank()) {
            return herbalLine(null, herbName.strip(), herbalUse, price, quantity, serviceDate);
        }
        if (drugCode == null || drugCode.isBlank()) {
            return Mono.error(new InvalidInputException("drugCode", "a drug code or a herb name is required"));
        }
        return drugs.find(drugCode.strip())
                .flatMap(drug -> drug.part() == DrugCataloguePart.CHINESE_HERBAL_PIECE
                        ? herbalLine(drug, drug.name(), herbalUse, price, quantity, serviceDate)
                        : Mono.fromCallable(() -> listedLine(drug, price, quantity, serviceDate)))
                .switchIfEmpty(Mono.fromCallable(() -> new ClaimLineOutcome(null, null,
                        claimLine(null).evaluate(DrugClaimLineInput.drug(DrugCatalogueStatus.NOT_LISTED, price,
                                null, quantity, serviceDate)), false)));
    }

    private ClaimLineOutcome listedLine(CatalogueDrug drug, BigDecimal price, BigDecimal quantity,
                                        LocalDate serviceDate) {
        if (serviceDate == null) {
            throw new InvalidInputException("serviceDate", "is required");
        }
        DrugCatalogueStatus status = switch (drug.part()) {
            case WESTERN_MEDICINE -> DrugCatalogueStatus.WESTERN_MEDICINE;
            case CHINESE_PATENT_MEDICINE -> DrugCatalogueStatus.CHINESE_PATENT_MEDICINE;
            case NEGOTIATED_DRUG -> drug.droppedAfterFailedRenewal()
                    ? DrugCatalogueStatus.DROPPED_NEGOTIATED_DRUG : DrugCatalogueStatus.NEGOTIATED_DRUG;
            case CHINESE_HERBAL_PIECE -> DrugCatalogueStatus.CHINESE_HERBAL_PIECE;
        };
        // a dropped drug is paid at its ORIGINAL standard during the transition (一(五)), whatever its old validity
        BigDecimal standard = status == DrugCatalogueStatus.DROPPED_NEGOTIATED_DRUG ? drug.paymentStandard()
                : drug.paymentStandardOn(serviceDate);
        if (status == DrugCatalogueStatus.NEGOTIATED_DRUG && standard == null) {
            throw new InvalidInputException("serviceDate", "no payment standard of drug " + drug.code()
                    + " is valid on " + serviceDate);
        }
        return new ClaimLineOutcome(drug, standard, claimLine(null).evaluate(
                DrugClaimLineInput.drug(status, price, standard, quantity, serviceDate)), false);
    }

    private Mono<ClaimLineOutcome> herbalLine(CatalogueDrug drug, String herbName, HerbalUse use, BigDecimal price,
                                              BigDecimal quantity, LocalDate serviceDate) {
        return Mono.zip(drugs.herbalExclusions().collectList(), imports.latestIfAny(ImportKind.DRUG_CATALOGUE))
                .map(t -> {
                    List<CatalogueDrug> excluded = t.getT1();
                    ReferenceImport latest = t.getT2().orElse(null);
                    HerbalPieceExclusion exclusion = excluded.isEmpty() || latest == null ? null
                            : importedLists(excluded, latest);
                    boolean sample = exclusion == null
                            ? herbalPieceExclusion.sampleLists()
                            : latest.sample();
                    return new ClaimLineOutcome(drug, null, claimLine(exclusion).evaluate(
                            DrugClaimLineInput.herbalPiece(herbName, use, price, quantity, serviceDate)), sample);
                });
    }

    /**
     * The herbal exclusion lists of the imported catalogue, as an effective-dated parameter starting with the
     * catalogue ({@code drug-catalogue-2024-in-force}); cited as {@code drug-catalogue-import-<id>@<date>}.
     */
    private HerbalPieceExclusion importedLists(List<CatalogueDrug> excluded, ReferenceImport latest) {
        Set<String> notAtAll = new HashSet<>();
        Set<String> notAlone = new HashSet<>();
        for (CatalogueDrug d : excluded) {
            (d.herbalExclusion() == HerbalExclusion.NOT_PAYABLE_ALONE ? notAlone : notAtAll).add(d.name());
        }
        return herbalPieceExclusion.withImportedLists("drug-catalogue-import-" + latest.id(),
                claimLine.catalogueInForceFrom(), new HerbalPieceExclusionLists(notAtAll, notAlone, latest.sample()));
    }

    /** The claim-line rule with the imported herbal lists, or the shipped parameter lists when none are imported. */
    private DrugClaimLine claimLine(HerbalPieceExclusion importedHerbalLists) {
        return importedHerbalLists == null ? claimLine : claimLine.withHerbalPieceExclusion(importedHerbalLists);
    }

    /** 二(六)/二(七): by the drug's catalogue category code and name, or by a category code / name given directly. */
    public Mono<OutpatientSpecialDiseaseScopeDecision> evaluateScope(OutpatientSpecialDisease disease, String drugCode,
                                                                     String categoryCode, String drugName,
                                                                     LocalDate serviceDate) {
        if (drugCode != null && !drugCode.isBlank()) {
            return drugs.find(drugCode.strip())
                    .switchIfEmpty(Mono.error(new InvalidInputException("drugCode", "is not in the drug catalogue")))
                    .map(drug -> specialDiseaseScope.evaluate(new OutpatientSpecialDiseaseDrugInput(disease,
                            drug.categoryCode(), drug.name(), serviceDate)));
        }
        return Mono.fromCallable(() -> specialDiseaseScope.evaluate(new OutpatientSpecialDiseaseDrugInput(disease,
                categoryCode, drugName, serviceDate)));
    }

    /**
     * 三(九): a listing price against its ceiling — given, or the catalogue payment standard of {@code drugCode}
     * (negotiated drugs, same generic name); an on-site bid's ceiling is its quotation and must be given.
     */
    public Mono<ListingPriceDecision> checkListingPrice(ListedDrugKind kind, BigDecimal listingPrice, BigDecimal ceiling,
                                                       String drugCode) {
        if (ceiling != null || drugCode == null || drugCode.isBlank()) {
            if (ceiling == null) {
                return Mono.error(new InvalidInputException("ceiling",
                        "is required when no drugCode gives the payment standard"));
            }
            return Mono.fromCallable(() -> listingPriceCheck.evaluate(new ListingPriceInput(kind, listingPrice, ceiling)));
        }
        if (kind == ListedDrugKind.ON_SITE_BID) {
            return Mono.error(new InvalidInputException("ceiling", "an on-site bid is checked against its quotation"));
        }
        return drugs.find(drugCode.strip())
                .switchIfEmpty(Mono.error(new InvalidInputException("drugCode", "is not in the drug catalogue")))
                .flatMap(drug -> drug.paymentStandard() == null
                        ? Mono.error(new InvalidInputException("drugCode", "has no payment standard in the catalogue"))
                        : Mono.fromCallable(() -> listingPriceCheck.evaluate(
                                new ListingPriceInput(kind, listingPrice, drug.paymentStandard()))));
    }
}
