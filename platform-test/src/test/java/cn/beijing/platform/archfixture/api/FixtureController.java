package cn.beijing.platform.archfixture.api;

import cn.beijing.platform.archfixture.store.FixtureStore;

/** Breaks: the api goes through a workflow, never to the store. */
public class FixtureController {

    public FixtureStore store() {
        return new FixtureStore();
    }
}
