package cn.beijing.platform.archclean.rating;

import cn.beijing.platform.archclean.events.CleanEvents;
import cn.beijing.platform.archclean.policy.doc.CleanRule;
import cn.beijing.platform.archclean.store.CleanStore;

/** A workflow: the rule, the store and the events below it; it returns its own view. */
public class Ratings {

    public CleanRule rule;
    public CleanStore store;
    public CleanEvents events;

    public record View(String id) {
        static View of(CleanStore.Row row) {
            return new View(row.id());
        }
    }
}
