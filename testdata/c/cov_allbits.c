/* Every flag argument with all bits set (and invalid descriptors/pointers so nothing happens): shows
 * the order in which strace prints each flag set's names, and how it prints the unknown bits. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ALL (~0UL)

int main(void)
{
	syscall(SYS_mmap, 0, 0, ALL, ALL, -1, 0);
	syscall(SYS_mprotect, 0, 0, ALL);
	syscall(SYS_clone, ALL, 0, 0, 0, 0);
	syscall(SYS_socket, 2, ALL, 0);
	syscall(SYS_sendto, -1, 0, 0, ALL, 0, 0);
	syscall(SYS_recvfrom, -1, 0, 0, ALL, 0, 0);
	syscall(SYS_sendmsg, -1, 0, ALL);
	syscall(SYS_recvmsg, -1, 0, ALL);
	syscall(SYS_accept4, -1, 0, 0, ALL);
	syscall(SYS_newfstatat, -1, 0, 0, ALL);
	syscall(SYS_statx, -1, 0, ALL, ALL, 0);
	syscall(SYS_unlinkat, -1, 0, ALL);
	syscall(SYS_linkat, -1, 0, -1, 0, ALL);
	syscall(SYS_renameat2, -1, 0, -1, 0, ALL);
	syscall(SYS_fchownat, -1, 0, 0, 0, ALL);
	syscall(SYS_utimensat, -1, 0, 0, ALL);
	syscall(SYS_faccessat2, -1, 0, ALL, ALL);
	syscall(SYS_mremap, 0, 0, 0, ALL, 0);
	syscall(SYS_msync, 0, 0, ALL);
	syscall(SYS_mlockall, ALL);
	syscall(SYS_mlock2, 0, 0, ALL);
	syscall(SYS_wait4, -1, 0, ALL, 0);
	syscall(SYS_waitid, 0, 0, 0, ALL, 0);
	syscall(SYS_pipe2, 0, ALL);
	syscall(SYS_dup3, -1, -1, ALL);
	syscall(SYS_eventfd2, 0, ALL);
	syscall(SYS_epoll_create1, ALL);
	syscall(SYS_inotify_init1, ALL);
	syscall(SYS_inotify_add_watch, -1, 0, ALL);
	syscall(SYS_memfd_create, 0, ALL);
	syscall(SYS_signalfd4, -1, 0, 8, ALL);
	syscall(SYS_timerfd_create, 1, ALL);
	syscall(SYS_timerfd_settime, -1, ALL, 0, 0);
	syscall(SYS_fanotify_init, ALL, ALL);
	syscall(SYS_fanotify_mark, -1, ALL, ALL, -1, 0);
	syscall(SYS_flock, -1, ALL);
	syscall(SYS_mount, 0, 0, 0, ALL, 0);
	syscall(SYS_umount2, 0, ALL);
	syscall(SYS_setns, -1, ALL);
	syscall(SYS_unshare, ALL);
	syscall(SYS_getrandom, 0, 0, ALL);
	syscall(SYS_close_range, ALL, 0, ALL);
	syscall(SYS_pidfd_open, -1, ALL);
	syscall(SYS_pkey_alloc, ALL, ALL);
	syscall(SYS_membarrier, ALL, ALL);
	syscall(SYS_userfaultfd, ALL);
	syscall(SYS_sync_file_range, -1, 0, 0, ALL);
	syscall(SYS_fallocate, -1, ALL, 0, 0);
	syscall(SYS_splice, -1, 0, -1, 0, 0, ALL);
	syscall(SYS_tee, -1, -1, 0, ALL);
	syscall(SYS_vmsplice, -1, 0, 0, ALL);
	syscall(SYS_preadv2, -1, 0, 0, 0, 0, ALL);
	syscall(SYS_pwritev2, -1, 0, 0, 0, 0, ALL);
	syscall(SYS_clock_nanosleep, 0, ALL, 0, 0);
	syscall(SYS_timer_settime, -1, ALL, 0, 0);
	syscall(SYS_execveat, -1, 0, 0, 0, ALL);
	syscall(SYS_open_tree, -1, 0, ALL);
	syscall(SYS_move_mount, -1, 0, -1, 0, ALL);
	syscall(SYS_fsopen, 0, ALL);
	syscall(SYS_fsmount, -1, ALL, ALL);
	syscall(SYS_fspick, -1, 0, ALL);
	syscall(SYS_pidfd_send_signal, -1, 0, 0, ALL);
	syscall(SYS_pidfd_getfd, -1, -1, ALL);
	syscall(SYS_openat2, -1, 0, 0, 0);
	syscall(SYS_rt_sigprocmask, ALL, 0, 0, 8);
	syscall(SYS_madvise, 0, 0, ALL);
	syscall(SYS_epoll_ctl, -1, ALL, -1, 0);
	syscall(SYS_shutdown, -1, ALL);
	syscall(SYS_setsockopt, -1, ALL, ALL, 0, 0);
	syscall(SYS_socketpair, ALL, ALL, ALL, 0);
	syscall(SYS_shmat, -1, 0, ALL);
	syscall(SYS_shmget, 0, 0, ALL);
	syscall(SYS_semget, 0, 0x10000000, ALL);
	syscall(SYS_msgrcv, -1, 0, 0, 0, ALL);
	syscall(SYS_msgsnd, -1, 0, 0, ALL);
	syscall(SYS_semctl, -1, 0, ALL, 0);
	syscall(SYS_shmctl, -1, ALL, 0);
	syscall(SYS_msgctl, -1, ALL, 0);
	syscall(SYS_mq_open, 0, ALL, 0, 0);
	syscall(SYS_ioprio_set, ALL, 0, ALL);
	syscall(SYS_quotactl, ALL, 0, 0, 0);
	syscall(SYS_kcmp, -1, -1, ALL, 0, 0);
	syscall(SYS_process_madvise, -1, 0, 0, ALL, ALL);
	syscall(SYS_landlock_create_ruleset, 0, 0, ALL);
	syscall(SYS_seccomp, ALL, ALL, 0);
	syscall(SYS_swapon, 0, ALL);
	syscall(SYS_name_to_handle_at, -1, 0, 0, 0, ALL);
	syscall(SYS_open_by_handle_at, -1, 0, ALL);
	syscall(SYS_io_uring_setup, 0, 0);
	syscall(SYS_perf_event_open, 0, -1, -1, -1, ALL);
	syscall(SYS_bpf, ALL, 0, 0);
	syscall(SYS_mbind, 0, 0, ALL, 0, 0, ALL);
	syscall(SYS_set_mempolicy, ALL, 0, 0);
	syscall(SYS_get_mempolicy, 0, 0, 0, 0, ALL);
	syscall(SYS_migrate_pages, -1, 0, 0, 0);
	syscall(SYS_move_pages, -1, 0, 0, 0, 0, ALL);
	syscall(SYS_remap_file_pages, 0, 0, ALL, 0, ALL);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_rt_tgsigqueueinfo, -1, -1, SIGUSR1, 0);
	syscall(SYS_keyctl, ALL, 0, 0, 0, 0);
	syscall(SYS_add_key, 0, 0, 0, 0, 0);
	syscall(SYS_request_key, 0, 0, 0, 0);
	syscall(SYS_sched_setattr, -1, 0, ALL);
	syscall(SYS_sched_getattr, -1, 0, 0, ALL);
	syscall(SYS_adjtimex, 0);
	syscall(SYS_clock_adjtime, ALL, 0);
	syscall(SYS_ptrace, ALL, -1, 0, 0);
	syscall(SYS_fcntl, -1, ALL, 0);
	syscall(SYS_ioctl, -1, ALL, 0);
	syscall(SYS_prctl, ALL, 0, 0, 0, 0);
	syscall(SYS_arch_prctl, ALL, 0);
	return 0;
}
