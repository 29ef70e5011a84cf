package cn.beijing.platform.common.testapp;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

public record NoteRequest(@NotBlank String title, @NotNull NoteKind kind, @NotNull @PositiveOrZero BigDecimal amount,
        @NotNull LocalDate onDate) {
}
