package cn.beijing.platform.common.testapp;

import java.util.UUID;

public record NoteResponse(UUID id, String title, NoteKind kind) {
}
