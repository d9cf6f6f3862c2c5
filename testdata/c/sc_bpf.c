/* bpf(2) commands with their union bpf_attr as strace decodes them: maps, element access, a program load, object
 * pinning, attaching, with full and short sizes, unknown commands and unreadable attributes. Deterministic: the
 * maps and programs are closed, pins go to a path that does not exist. */
#define _GNU_SOURCE
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static union bpf_attr a;

static long bpf(int cmd, void *attr, unsigned size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

static int maps(void)
{
	memset(&a, 0, sizeof a);
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 4;
	a.max_entries = 1;
	int map = bpf(BPF_MAP_CREATE, &a, sizeof a);
	memset(&a, 0, sizeof a);
	a.map_type = BPF_MAP_TYPE_HASH;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 16;
	a.map_flags = BPF_F_NO_PREALLOC | BPF_F_NUMA_NODE;
	strcpy(a.map_name, "mymap");
	int fd = bpf(BPF_MAP_CREATE, &a, sizeof a);
	if (fd >= 0)
		close(fd);
	a.map_flags = BPF_F_NO_PREALLOC;
	fd = bpf(BPF_MAP_CREATE, &a, 20);
	if (fd >= 0)
		close(fd);
	bpf(BPF_MAP_CREATE, &a, 4);
	bpf(BPF_MAP_CREATE, NULL, sizeof a);
	bpf(BPF_MAP_CREATE, (void *)8, sizeof a);
	return map;
}

static void elements(int map)
{
	static uint32_t key, next, val = 7;
	memset(&a, 0, sizeof a);
	a.map_fd = map;
	a.key = (uintptr_t)&key;
	a.value = (uintptr_t)&val;
	a.flags = BPF_ANY;
	bpf(BPF_MAP_UPDATE_ELEM, &a, sizeof a);
	bpf(BPF_MAP_LOOKUP_ELEM, &a, sizeof a);
	a.flags = BPF_EXIST | BPF_F_LOCK;
	bpf(BPF_MAP_UPDATE_ELEM, &a, 16);
	bpf(BPF_MAP_DELETE_ELEM, &a, sizeof a);
	memset(&a, 0, sizeof a);
	a.map_fd = map;
	a.key = (uintptr_t)&key;
	bpf(BPF_MAP_DELETE_ELEM, &a, sizeof a);
	a.next_key = (uintptr_t)&next;
	bpf(BPF_MAP_GET_NEXT_KEY, &a, sizeof a);
	bpf(BPF_MAP_GET_NEXT_KEY, &a, 8);
}

static int load(void)
{
	static struct bpf_insn insns[3] = {
		{.code = BPF_LDX | BPF_W | BPF_MEM, .dst_reg = 2, .src_reg = 1, .off = 4},
		{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 42},
		{.code = BPF_JMP | BPF_EXIT},
	};
	static char log[64];
	memset(&a, 0, sizeof a);
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 3;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t) "GPL";
	a.log_size = sizeof log;
	a.log_buf = (uintptr_t)log;
	a.kern_version = 0x060112;
	strcpy(a.prog_name, "p");
	int prog = bpf(BPF_PROG_LOAD, &a, sizeof a);
	a.insns = 8;
	bpf(BPF_PROG_LOAD, &a, 24);
	return prog;
}

static void objects(int map, int prog)
{
	memset(&a, 0, sizeof a);
	a.pathname = (uintptr_t) "/sys/fs/bpf/nonexistent/x";
	a.bpf_fd = map;
	bpf(BPF_OBJ_PIN, &a, sizeof a);
	a.file_flags = BPF_F_RDONLY;
	bpf(BPF_OBJ_GET, &a, sizeof a);
	memset(&a, 0, sizeof a);
	a.target_fd = 0;
	a.attach_bpf_fd = prog;
	a.attach_type = BPF_CGROUP_INET_INGRESS;
	a.attach_flags = BPF_F_ALLOW_MULTI;
	bpf(BPF_PROG_ATTACH, &a, sizeof a);
	bpf(BPF_PROG_DETACH, &a, sizeof a);
	a.attach_flags = 0;
	bpf(BPF_PROG_DETACH, &a, sizeof a);
	bpf(999, &a, sizeof a);
}

int main(void)
{
	int map = maps();
	elements(map);
	int prog = load();
	objects(map, prog);
	close(map);
	if (prog >= 0)
		close(prog);
	return 0;
}
