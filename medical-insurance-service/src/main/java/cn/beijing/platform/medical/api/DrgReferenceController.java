package cn.beijing.platform.medical.api;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.medical.api.ImportBodies.CsvUpload;
import cn.beijing.platform.medical.api.ImportBodies.GroupTableImport;
import cn.beijing.platform.medical.api.ImportBodies.HospitalListImport;
import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.medical.drg.DrgReferenceData;
import cn.beijing.platform.medical.drg.DrgReferenceRows;
import cn.beijing.platform.medical.policy.drg.DrgGroup;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * DRG 2.0 reference data (京医保发〔2024〕24号 附件1-3): the bureau replaces the group table and the hospital list
 * (CSV or JSON; every bad line → 422, nothing written); any authenticated role reads them, with the import they came
 * from (its {@code sample} flag and the differences from the printed counts).
 */
@RestController
@RequestMapping("/api/medical-insurance")
class DrgReferenceController {

    private final DrgReferenceData reference;
    private final TableImport groupTableImport;
    private final TableImport hospitalListImport;

    DrgReferenceController(DrgReferenceData reference, IdempotentCommands commands) {
        this.reference = reference;
        this.groupTableImport = new TableImport(commands, "PUT /api/medical-insurance/drg-group-table", HttpStatus.OK,
                DrgReferenceRows.GROUP_COLUMNS, DrgReferenceRows.GROUP_REQUIRED, reference::importGroupTable);
        this.hospitalListImport = new TableImport(commands, "PUT /api/medical-insurance/drg-hospitals", HttpStatus.OK,
                DrgReferenceRows.HOSPITAL_COLUMNS, DrgReferenceRows.HOSPITAL_REQUIRED, reference::importHospitals);
    }

    @Operation(summary = "Replace the DRG group table (京医保发〔2024〕24号 附件1, 附件2)")
    @PutMapping(path = "/drg-group-table", consumes = "text/csv")
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> groupTableCsv(@RequestBody String csv,
                                                     @RequestParam(required = false) String source,
                                                     @RequestParam(defaultValue = "false") boolean sample,
                                                     @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return groupTableImport.csv(key, new CsvUpload(csv, source, sample, true));
    }

    @Operation(summary = "Replace the DRG group table (京医保发〔2024〕24号 附件1, 附件2)")
    @PutMapping(path = "/drg-group-table", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> groupTableJson(@Valid @RequestBody GroupTableImport body,
                                                      @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return groupTableImport.json(key, body, body.rows(), body.source(), body.sample(), true);
    }

    @Operation(summary = "Replace the list of DRG hospitals (京医保发〔2024〕24号 附件3)")
    @PutMapping(path = "/drg-hospitals", consumes = "text/csv")
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> hospitalsCsv(@RequestBody String csv,
                                                    @RequestParam(required = false) String source,
                                                    @RequestParam(defaultValue = "false") boolean sample,
                                                    @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return hospitalListImport.csv(key, new CsvUpload(csv, source, sample, true));
    }

    @Operation(summary = "Replace the list of DRG hospitals (京医保发〔2024〕24号 附件3)")
    @PutMapping(path = "/drg-hospitals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<ImportResult>> hospitalsJson(@Valid @RequestBody HospitalListImport body,
                                                     @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return hospitalListImport.json(key, body, body.rows(), body.source(), body.sample(), true);
    }

    @Operation(summary = "The DRG group table and its import (京医保发〔2024〕24号 附件1, 附件2)")
    @GetMapping("/drg-groups")
    Mono<DrgReferenceData.GroupTable> groups() {
        return reference.groupTable();
    }

    @Operation(summary = "One DRG group (京医保发〔2024〕24号 附件1, 附件2)")
    @GetMapping("/drg-groups/{code}")
    Mono<DrgGroup> group(@PathVariable String code) {
        return reference.group(code).switchIfEmpty(Mono.error(new NotFoundException("DRG group " + code)));
    }

    @Operation(summary = "The DRG hospitals and their import (京医保发〔2024〕24号 附件3)")
    @GetMapping("/drg-hospitals")
    Mono<DrgReferenceData.HospitalList> hospitals() {
        return reference.hospitalList();
    }
}
