package cn.beijing.platform.medical.api;

import java.time.LocalDate;

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
import cn.beijing.platform.medical.api.CalculatorRequests.PriceItemChargeRequest;
import cn.beijing.platform.medical.api.CalculatorResponses.PriceItemChargeResponse;
import cn.beijing.platform.medical.api.ImportBodies.CsvUpload;
import cn.beijing.platform.medical.api.ImportBodies.PriceItemImport;
import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.medical.catalogue.PriceItemRows;
import cn.beijing.platform.medical.catalogue.PriceItems;
import cn.beijing.platform.medical.policy.price.PriceItemChargeInput;
import cn.beijing.platform.common.paging.Page;
import cn.beijing.platform.medical.policy.price.PriceItem;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * Medical service price items: imports by the bureau, look-up, and charge checks by 京医保发〔2024〕22号 for any
 * authenticated role (decided by the SERVICE date; the billing date is recorded only).
 */
@RestController
@RequestMapping("/api/medical-insurance")
class PriceItemController {

    private static final String IMPORTS = "/price-items/imports";

    private final PriceItems items;
    private final TableImport imports;

    PriceItemController(PriceItems items, IdempotentCommands commands) {
        this.items = items;
        this.imports = new TableImport(commands, "POST /api/medical-insurance" + IMPORTS, HttpStatus.CREATED,
                PriceItemRows.COLUMNS, PriceItemRows.REQUIRED, items::importRows);
    }

    @Operation(summary = "Import medical service price items (京医保发〔2024〕22号)")
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

    @Operation(summary = "Import medical service price items (京医保发〔2024〕22号)")
    @PostMapping(path = IMPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> importJson(@Valid @RequestBody PriceItemImport body,
                                                  @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return imports.json(key, body, body.rows(), body.source(), body.sample(), body.replace());
    }

    @Operation(summary = "Look up price items by code or name (京医保发〔2024〕22号)")
    @GetMapping("/price-items")
    Mono<Page<PriceItem>> search(@RequestParam(required = false) String code,
                                 @RequestParam(required = false) String name,
                                 @RequestParam(required = false) LocalDate validOn,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Callers.page(page, size);
        return items.search(DrugCatalogueController.blankToNull(code), DrugCatalogueController.blankToNull(name),
                validOn, page, size);
    }

    @Operation(summary = "One price item (京医保发〔2024〕22号)")
    @GetMapping("/price-items/{code}")
    Mono<PriceItem> item(@PathVariable String code) {
        return items.find(code);
    }

    /** KNC32701: at most 50 yuan (lower allowed); LEAZX001: refused for services from 2024-12-28. */
    @Operation(summary = "Whether a charge keeps the price item's rules on its service date (京医保发〔2024〕22号)")
    @PostMapping("/price-item-charge-checks")
    Mono<PriceItemChargeResponse> check(@Valid @RequestBody PriceItemChargeRequest request) {
        return items.check(new PriceItemChargeInput(request.itemCode(), request.unitPrice(), request.serviceDate(),
                        request.billingDate()))
                .map(o -> new PriceItemChargeResponse(o.decision().itemCode(), o.decision().serviceDate(),
                        o.decision().unitPrice(), o.decision().status(), o.decision().accepted(),
                        o.decision().maximumGuidePrice(), o.item(), o.decision().basis()));
    }
}
