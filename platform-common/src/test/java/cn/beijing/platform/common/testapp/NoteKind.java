package cn.beijing.platform.common.testapp;

public enum NoteKind { PLAIN, URGENT }
