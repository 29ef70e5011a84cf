package cn.beijing.platform.common.testapp;

public record NoteRegistered(String noteId, String title, String kind) {
}
