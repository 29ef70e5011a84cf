package cn.beijing.platform.archclean.api;

import org.springframework.web.bind.annotation.RestController;

import cn.beijing.platform.archclean.rating.Ratings;

/** HTTP in the api, through the workflow. */
@RestController
public class CleanController {

    public Ratings ratings;

    public Ratings.View view() {
        return null;
    }
}
