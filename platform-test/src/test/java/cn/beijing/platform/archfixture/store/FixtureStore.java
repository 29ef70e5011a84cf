package cn.beijing.platform.archfixture.store;

import cn.beijing.platform.archfixture.rating.Ratings;

/** Breaks: the store is below the workflows. */
public class FixtureStore {

    public Ratings workflow() {
        return null;
    }
}
