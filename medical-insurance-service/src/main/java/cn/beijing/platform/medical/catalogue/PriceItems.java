package cn.beijing.platform.medical.catalogue;

import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.common.imports.ImportRequest;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.medical.policy.price.PriceItemCharge;
import cn.beijing.platform.medical.policy.price.PriceItemChargeDecision;
import cn.beijing.platform.medical.policy.price.PriceItemChargeInput;
import cn.beijing.platform.medical.store.ImportKind;
import cn.beijing.platform.common.paging.Page;
import cn.beijing.platform.medical.policy.price.PriceItem;
import cn.beijing.platform.medical.store.PriceItemStore;
import reactor.core.publisher.Mono;

/**
 * Medical service price items: import and look-up of the item table, and charge validation by the rules of
 * 京医保发〔2024〕22号 (KNC32701 at most 50 yuan per 次; LEAZX001 abolished from 2024-12-28 — by service date).
 * The charge rule is the policy's {@link PriceItemCharge} with the shipped parameter file: an imported table never
 * overrides the gazette.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PriceItems {

    private final PriceItemStore items;
    private final CatalogueImports catalogueImports;
    private final PriceItemCharge charge;

    /** Validates every row first (422 listing each bad line, nothing written), then writes; run in a transaction. */
    public Mono<ImportResult> importRows(ImportRequest request, String importedBy) {
        return catalogueImports.apply(new CatalogueImports.Table<>(ImportKind.PRICE_ITEMS, "price-items",
                PriceItemRows::read, PriceItem::code, PriceItem::sameAs, items), request, importedBy);
    }

    public Mono<PriceItem> find(String code) {
        return items.find(code).switchIfEmpty(Mono.error(new NotFoundException("price item " + code)));
    }

    public Mono<Page<PriceItem>> search(String code, String name, java.time.LocalDate validOn, int page, int size) {
        return items.search(code, name, validOn, page, size);
    }

    /** The policy's decision, and the imported table's row for the item when there is one. */
    public record ChargeOutcome(PriceItemChargeDecision decision, PriceItem item) {
    }

    public Mono<ChargeOutcome> check(PriceItemChargeInput input) {
        return Mono.fromCallable(() -> charge.evaluate(input))
                .flatMap(decision -> items.find(decision.itemCode())
                        .map(item -> new ChargeOutcome(decision, item))
                        .defaultIfEmpty(new ChargeOutcome(decision, null)));
    }
}
