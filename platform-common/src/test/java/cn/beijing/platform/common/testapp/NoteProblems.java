package cn.beijing.platform.common.testapp;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A service-level advice: it must win over the platform's last-resort handler. */
@RestControllerAdvice
class NoteProblems {

    @ExceptionHandler(NoteLimitReached.class)
    ResponseEntity<Map<String, Object>> limit(NoteLimitReached e) {
        return ResponseEntity.status(429).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("type", URI.create("urn:municipal-platform:problem:note-limit").toString(), "status", 429));
    }
}
