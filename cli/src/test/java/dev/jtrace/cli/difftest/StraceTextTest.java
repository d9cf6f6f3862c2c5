package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StraceTextTest {
    private static final List<String> TWO_PROCESSES = List.of(
            "500   execve(\"/bin/sh\", [\"sh\"], 0x7fffffffe6b0 /* 2 vars */) = 0",
            "500   getpid()                          = 500",
            "500   clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0x7ffff7dd2a10) = 501",
            "501   set_robust_list(0x7ffff7dd2a20, 24 <unfinished ...>",
            "500   wait4(501,  <unfinished ...>",
            "501   <... set_robust_list resumed>)    = 0",
            "501   getppid()                         = 500",
            "501   exit_group(7)                     = ?",
            "501   +++ exited with 7 +++",
            "500   <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = 501",
            "500   --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=501, si_uid=0, si_status=7, si_utime=1, si_stime=0} ---",
            "500   exit_group(0)                     = ?",
            "500   +++ exited with 0 +++");

    @Test
    void namesProcessesByAncestryAndJoinsResumedCalls() {
        StraceText t = StraceText.parse(TWO_PROCESSES);
        assertEquals(List.of("P1", "P1.1"), List.copyOf(t.processes().keySet()));
        assertEquals(List.of(
                "execve(\"/bin/sh\", [\"sh\"], ENV) = 0",
                "getpid() = P1",
                "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0xADDR) = P1.1",
                "wait4(P1.1, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = P1.1",
                "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=P1.1, si_uid=0, si_status=7, si_utime=N, si_stime=N} ---",
                "exit_group(0) = ?",
                "+++ exited with 0 +++"), t.lines("P1"));
        assertEquals(List.of("set_robust_list(0xADDR, 24) = 0", "getppid() = P1", "exit_group(7) = ?",
                "+++ exited with 7 +++"), t.lines("P1.1"));
        assertEquals(11, t.lineCount());
    }

    @Test
    void syscallNamesAreTheCallsShownNotSignalsOrExits() {
        assertEquals(java.util.Set.of("execve", "getpid", "clone", "set_robust_list", "wait4", "getppid", "exit_group"),
                StraceText.parse(TWO_PROCESSES).syscallNames());
    }

    @Test
    void joiningRestoresTheUnsplitLine() {
        StraceText split = StraceText.parse(List.of(
                "7  clone3({flags=CLONE_VM, exit_signal=0} <unfinished ...>",
                "8  rseq(0x1, 0x20, 0, 0x53053053 <unfinished ...>",
                "7  <... clone3 resumed> => {parent_tid=[8]}, 88) = 8",
                "8  <... rseq resumed>)               = 0"));
        StraceText whole = StraceText.parse(List.of(
                "7  clone3({flags=CLONE_VM, exit_signal=0} => {parent_tid=[8]}, 88) = 8",
                "8  rseq(0x1, 0x20, 0, 0x53053053) = 0"));
        assertEquals(whole, split);
        assertEquals(List.of("clone3({flags=CLONE_VM, exit_signal=0} => {parent_tid=[P1.1]}, 88) = P1.1"), whole.lines("P1"));
    }

    @Test
    void differentPidsGiveTheSameText() {
        List<String> renumbered = TWO_PROCESSES.stream()
                .map(l -> l.replace("500", "7000").replace("501", "7003")).toList();
        assertEquals(StraceText.parse(TWO_PROCESSES), StraceText.parse(renumbered));
    }

    @Test
    void dropsTheTracersSetUpBeforeTheFirstExecve() {
        StraceText t = StraceText.parse(List.of(
                "9  close(3) = 0", "9  execve(\"/bin/true\", [\"true\"], 0x1 /* 0 vars */) = 0",
                "9  getppid() = 4242", "9  +++ exited with 0 +++"));
        assertEquals(4, t.lineCount());
        assertEquals(3, t.fromFirstExecve().lineCount());
        assertEquals(List.of("execve(\"/bin/true\", [\"true\"], ENV) = 0", "getppid() = PPID",
                "+++ exited with 0 +++"), t.fromFirstExecve().lines("P1"));
    }

    @Test
    void keepsACallThatNeverResumed() {
        StraceText t = StraceText.parse(List.of("9  execve(\"/x\", [], []) = 0", "9  pause( <unfinished ...>",
                "9  +++ killed by SIGKILL +++"));
        assertEquals(List.of("execve(\"/x\", [], ENV) = 0", "+++ killed by SIGKILL +++", "pause( <unfinished ...>"), t.lines("P1"));
    }
}
