package cn.beijing.platform.common.testapp;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

public record NoteRequest(@NotBlank String title, @NotNull NoteKind kind, @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull LocalDate onDate) {
}
