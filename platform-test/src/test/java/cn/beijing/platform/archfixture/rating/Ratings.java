package cn.beijing.platform.archfixture.rating;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.RestController;

import cn.beijing.platform.archfixture.api.FixtureController;
import cn.beijing.platform.archfixture.renewal.Renewals;
import cn.beijing.platform.archfixtureother.OtherServiceRecord;

/**
 * Breaks: a capability does not reach into another, nothing depends on the api, another service's classes, HTTP in
 * the api, SQL in the store, the bus in events.
 */
@RestController
public class Ratings {

    public Renewals renewals;
    public FixtureController api;
    public OtherServiceRecord other;
    public DatabaseClient db;
    public KafkaTemplate<String, String> kafka;
}
