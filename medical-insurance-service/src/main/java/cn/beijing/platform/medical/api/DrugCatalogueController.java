package cn.beijing.platform.medical.api;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.medical.api.CalculatorRequests.DrugClaimLineRequest;
import cn.beijing.platform.medical.api.CalculatorRequests.ListingPriceRequest;
import cn.beijing.platform.medical.api.CalculatorRequests.SpecialDiseaseScopeRequest;
import cn.beijing.platform.medical.api.CalculatorResponses.DrugClaimLineResponse;
import cn.beijing.platform.medical.api.ImportBodies.CsvUpload;
import cn.beijing.platform.medical.api.ImportBodies.DrugCatalogueImport;
import cn.beijing.platform.medical.catalogue.DrugCatalogue;
import cn.beijing.platform.medical.catalogue.DrugCatalogueRows;
import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.medical.policy.drug.ListingPriceDecision;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDiseaseScopeDecision;
import cn.beijing.platform.medical.policy.drug.CatalogueDrug;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;
import cn.beijing.platform.common.paging.Page;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * The 2024 drug catalogue (京医保发〔2024〕21号): imports by the bureau (CSV or JSON; every bad line → 422, nothing
 * written; a change writes {@code medical.catalogue-changed.v1}), look-ups and the catalogue-backed decisions for any
 * authenticated role.
 */
@RestController
@RequestMapping("/api/medical-insurance")
class DrugCatalogueController {

    private static final String IMPORTS = "/drug-catalogue/imports";

    private final DrugCatalogue catalogue;
    private final TableImport imports;

    DrugCatalogueController(DrugCatalogue catalogue, IdempotentCommands commands) {
        this.catalogue = catalogue;
        this.imports = new TableImport(commands, "POST /api/medical-insurance" + IMPORTS, HttpStatus.CREATED,
                DrugCatalogueRows.COLUMNS, DrugCatalogueRows.REQUIRED, catalogue::importRows);
    }

    @Operation(summary = "Import the drug catalogue (京医保发〔2024〕21号 一)")
    @PostMapping(path = IMPORTS, consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> importCsv(@RequestBody String csv,
                                                 @RequestParam(required = false) String source,
                                                 @RequestParam(defaultValue = "false") boolean sample,
                                                 @RequestParam(defaultValue = "false") boolean replace,
                                                 @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return imports.csv(key, new CsvUpload(csv, source, sample, replace));
    }

    @Operation(summary = "Import the drug catalogue (京医保发〔2024〕21号 一)")
    @PostMapping(path = IMPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> importJson(@Valid @RequestBody DrugCatalogueImport body,
                                                  @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return imports.json(key, body, body.rows(), body.source(), body.sample(), body.replace());
    }

    /** Look-up: {@code code} exact, {@code name} contains, {@code part}, {@code categoryCode} prefix. */
    @Operation(summary = "Look up the drug catalogue by code, name, part or category (京医保发〔2024〕21号 一)")
    @GetMapping("/drug-catalogue/drugs")
    Mono<Page<CatalogueDrug>> search(@RequestParam(required = false) String code,
                                     @RequestParam(required = false) String name,
                                     @RequestParam(required = false) DrugCataloguePart part,
                                     @RequestParam(required = false) String categoryCode,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        Callers.page(page, size);
        return catalogue.search(blankToNull(code), blankToNull(name), part, blankToNull(categoryCode), page, size);
    }

    @Operation(summary = "One drug of the catalogue (京医保发〔2024〕21号 一)")
    @GetMapping("/drug-catalogue/drugs/{code}")
    Mono<CatalogueDrug> drug(@PathVariable String code) {
        return catalogue.find(code);
    }

    /** A claim line against the catalogue: reimbursable base and insured extra (一(二), 一(三), 一(五)). */
    @Operation(summary = "A drug claim line against the catalogue: status, payable, reimbursable base (京医保发〔2024〕21号 一(二), 一(三), 一(五))")
    @PostMapping("/drug-claim-line-evaluations")
    Mono<DrugClaimLineResponse> claimLine(@Valid @RequestBody DrugClaimLineRequest request) {
        return catalogue.evaluateClaimLine(request.drugCode(), request.herbName(), request.herbalUse(), request.price(),
                        request.quantity(), request.serviceDate())
                .map(o -> new DrugClaimLineResponse(o.drug() == null ? request.drugCode() : o.drug().code(),
                        o.drug() == null ? request.herbName() : o.drug().name(),
                        o.drug() == null ? null : o.drug().part(), o.decision().status(), o.paymentStandard(),
                        o.decision().payable(), o.decision().reimbursableBase(), o.decision().insuredExtra(),
                        o.sampleData(), o.decision().basis()));
    }

    /** 二(六)/二(七): whether a drug is added to an outpatient special disease's scope (category-code prefix). */
    @Operation(summary = "Whether a drug is added to an outpatient special disease's scope (京医保发〔2024〕21号 二(六), 二(七))")
    @PostMapping("/outpatient-special-disease-scope-evaluations")
    Mono<OutpatientSpecialDiseaseScopeDecision> scope(@Valid @RequestBody SpecialDiseaseScopeRequest request) {
        return catalogue.evaluateScope(request.disease(), request.drugCode(), request.categoryCode(),
                request.drugName(), request.serviceDate());
    }

    /** 三(九): listing price {@code <=} its ceiling (the payment standard, or an on-site bid's quotation). */
    @Operation(summary = "Whether a listing price keeps its ceiling (京医保发〔2024〕21号 三(九))")
    @PostMapping("/listing-price-checks")
    Mono<ListingPriceDecision> listingPrice(@Valid @RequestBody ListingPriceRequest request) {
        return catalogue.checkListingPrice(request.kind(), request.listingPrice(), request.ceiling(), request.drugCode());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
