package dev.jtrace.format.syscalls;

/** One argument of a described syscall: its type and name. */
public record Param(TypeExpr type, String name) {
}
