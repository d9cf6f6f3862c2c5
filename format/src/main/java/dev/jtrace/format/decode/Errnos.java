package dev.jtrace.format.decode;

/**
 * errno names and messages as strace prints them ({@code ENOENT (No such file or directory)}).
 * Names and messages are glibc's for 1..133, and the kernel-internal restart codes strace knows.
 */
public final class Errnos {
    private static final String[] NAMES = new String[531];
    private static final String[] MESSAGES = new String[531];

    static {
        set(1, "EPERM", "Operation not permitted");
        set(2, "ENOENT", "No such file or directory");
        set(3, "ESRCH", "No such process");
        set(4, "EINTR", "Interrupted system call");
        set(5, "EIO", "Input/output error");
        set(6, "ENXIO", "No such device or address");
        set(7, "E2BIG", "Argument list too long");
        set(8, "ENOEXEC", "Exec format error");
        set(9, "EBADF", "Bad file descriptor");
        set(10, "ECHILD", "No child processes");
        set(11, "EAGAIN", "Resource temporarily unavailable");
        set(12, "ENOMEM", "Cannot allocate memory");
        set(13, "EACCES", "Permission denied");
        set(14, "EFAULT", "Bad address");
        set(15, "ENOTBLK", "Block device required");
        set(16, "EBUSY", "Device or resource busy");
        set(17, "EEXIST", "File exists");
        set(18, "EXDEV", "Invalid cross-device link");
        set(19, "ENODEV", "No such device");
        set(20, "ENOTDIR", "Not a directory");
        set(21, "EISDIR", "Is a directory");
        set(22, "EINVAL", "Invalid argument");
        set(23, "ENFILE", "Too many open files in system");
        set(24, "EMFILE", "Too many open files");
        set(25, "ENOTTY", "Inappropriate ioctl for device");
        set(26, "ETXTBSY", "Text file busy");
        set(27, "EFBIG", "File too large");
        set(28, "ENOSPC", "No space left on device");
        set(29, "ESPIPE", "Illegal seek");
        set(30, "EROFS", "Read-only file system");
        set(31, "EMLINK", "Too many links");
        set(32, "EPIPE", "Broken pipe");
        set(33, "EDOM", "Numerical argument out of domain");
        set(34, "ERANGE", "Numerical result out of range");
        set(35, "EDEADLK", "Resource deadlock avoided");
        set(36, "ENAMETOOLONG", "File name too long");
        set(37, "ENOLCK", "No locks available");
        set(38, "ENOSYS", "Function not implemented");
        set(39, "ENOTEMPTY", "Directory not empty");
        set(40, "ELOOP", "Too many levels of symbolic links");
        set(42, "ENOMSG", "No message of desired type");
        set(43, "EIDRM", "Identifier removed");
        set(44, "ECHRNG", "Channel number out of range");
        set(45, "EL2NSYNC", "Level 2 not synchronized");
        set(46, "EL3HLT", "Level 3 halted");
        set(47, "EL3RST", "Level 3 reset");
        set(48, "ELNRNG", "Link number out of range");
        set(49, "EUNATCH", "Protocol driver not attached");
        set(50, "ENOCSI", "No CSI structure available");
        set(51, "EL2HLT", "Level 2 halted");
        set(52, "EBADE", "Invalid exchange");
        set(53, "EBADR", "Invalid request descriptor");
        set(54, "EXFULL", "Exchange full");
        set(55, "ENOANO", "No anode");
        set(56, "EBADRQC", "Invalid request code");
        set(57, "EBADSLT", "Invalid slot");
        set(59, "EBFONT", "Bad font file format");
        set(60, "ENOSTR", "Device not a stream");
        set(61, "ENODATA", "No data available");
        set(62, "ETIME", "Timer expired");
        set(63, "ENOSR", "Out of streams resources");
        set(64, "ENONET", "Machine is not on the network");
        set(65, "ENOPKG", "Package not installed");
        set(66, "EREMOTE", "Object is remote");
        set(67, "ENOLINK", "Link has been severed");
        set(68, "EADV", "Advertise error");
        set(69, "ESRMNT", "Srmount error");
        set(70, "ECOMM", "Communication error on send");
        set(71, "EPROTO", "Protocol error");
        set(72, "EMULTIHOP", "Multihop attempted");
        set(73, "EDOTDOT", "RFS specific error");
        set(74, "EBADMSG", "Bad message");
        set(75, "EOVERFLOW", "Value too large for defined data type");
        set(76, "ENOTUNIQ", "Name not unique on network");
        set(77, "EBADFD", "File descriptor in bad state");
        set(78, "EREMCHG", "Remote address changed");
        set(79, "ELIBACC", "Can not access a needed shared library");
        set(80, "ELIBBAD", "Accessing a corrupted shared library");
        set(81, "ELIBSCN", ".lib section in a.out corrupted");
        set(82, "ELIBMAX", "Attempting to link in too many shared libraries");
        set(83, "ELIBEXEC", "Cannot exec a shared library directly");
        set(84, "EILSEQ", "Invalid or incomplete multibyte or wide character");
        set(85, "ERESTART", "Interrupted system call should be restarted");
        set(86, "ESTRPIPE", "Streams pipe error");
        set(87, "EUSERS", "Too many users");
        set(88, "ENOTSOCK", "Socket operation on non-socket");
        set(89, "EDESTADDRREQ", "Destination address required");
        set(90, "EMSGSIZE", "Message too long");
        set(91, "EPROTOTYPE", "Protocol wrong type for socket");
        set(92, "ENOPROTOOPT", "Protocol not available");
        set(93, "EPROTONOSUPPORT", "Protocol not supported");
        set(94, "ESOCKTNOSUPPORT", "Socket type not supported");
        set(95, "EOPNOTSUPP", "Operation not supported");
        set(96, "EPFNOSUPPORT", "Protocol family not supported");
        set(97, "EAFNOSUPPORT", "Address family not supported by protocol");
        set(98, "EADDRINUSE", "Address already in use");
        set(99, "EADDRNOTAVAIL", "Cannot assign requested address");
        set(100, "ENETDOWN", "Network is down");
        set(101, "ENETUNREACH", "Network is unreachable");
        set(102, "ENETRESET", "Network dropped connection on reset");
        set(103, "ECONNABORTED", "Software caused connection abort");
        set(104, "ECONNRESET", "Connection reset by peer");
        set(105, "ENOBUFS", "No buffer space available");
        set(106, "EISCONN", "Transport endpoint is already connected");
        set(107, "ENOTCONN", "Transport endpoint is not connected");
        set(108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown");
        set(109, "ETOOMANYREFS", "Too many references: cannot splice");
        set(110, "ETIMEDOUT", "Connection timed out");
        set(111, "ECONNREFUSED", "Connection refused");
        set(112, "EHOSTDOWN", "Host is down");
        set(113, "EHOSTUNREACH", "No route to host");
        set(114, "EALREADY", "Operation already in progress");
        set(115, "EINPROGRESS", "Operation now in progress");
        set(116, "ESTALE", "Stale file handle");
        set(117, "EUCLEAN", "Structure needs cleaning");
        set(118, "ENOTNAM", "Not a XENIX named type file");
        set(119, "ENAVAIL", "No XENIX semaphores available");
        set(120, "EISNAM", "Is a named type file");
        set(121, "EREMOTEIO", "Remote I/O error");
        set(122, "EDQUOT", "Disk quota exceeded");
        set(123, "ENOMEDIUM", "No medium found");
        set(124, "EMEDIUMTYPE", "Wrong medium type");
        set(125, "ECANCELED", "Operation canceled");
        set(126, "ENOKEY", "Required key not available");
        set(127, "EKEYEXPIRED", "Key has expired");
        set(128, "EKEYREVOKED", "Key has been revoked");
        set(129, "EKEYREJECTED", "Key was rejected by service");
        set(130, "EOWNERDEAD", "Owner died");
        set(131, "ENOTRECOVERABLE", "State not recoverable");
        set(132, "ERFKILL", "Operation not possible due to RF-kill");
        set(133, "EHWPOISON", "Memory page has hardware error");
        set(512, "ERESTARTSYS", "To be restarted if SA_RESTART is set");
        set(513, "ERESTARTNOINTR", "To be restarted");
        set(514, "ERESTARTNOHAND", "To be restarted if no handler");
        set(515, "ENOIOCTLCMD", "No ioctl command");
        set(516, "ERESTART_RESTARTBLOCK", "Interrupted by signal");
        set(517, "EPROBE_DEFER", "Driver requests probe retry");
        set(518, "EOPENSTALE", "Open found a stale dentry");
        set(519, "ENOPARAM", "Parameter not supported");
        set(521, "EBADHANDLE", "Illegal NFS file handle");
        set(522, "ENOTSYNC", "Update synchronization mismatch");
        set(523, "EBADCOOKIE", "Cookie is stale");
        set(524, "ENOTSUPP", "Operation is not supported");
        set(525, "ETOOSMALL", "Buffer or request is too small");
        set(526, "ESERVERFAULT", "An untranslatable error occurred");
        set(527, "EBADTYPE", "Type not supported by server");
        set(528, "EJUKEBOX", "Request initiated, but will not complete before timeout");
        set(529, "EIOCBQUEUED", "iocb queued, will get completion event");
        set(530, "ERECALLCONFLICT", "Conflict with recalled state");
    }

    private Errnos() {
    }

    private static void set(int errno, String name, String message) {
        NAMES[errno] = name;
        MESSAGES[errno] = message;
    }

    /** {@code ENOENT}, or null when the number has no name. */
    public static String name(int errno) {
        return errno > 0 && errno < NAMES.length ? NAMES[errno] : null;
    }

    /** {@code No such file or directory}, or null when the number has no name. */
    public static String message(int errno) {
        return errno > 0 && errno < MESSAGES.length ? MESSAGES[errno] : null;
    }

    /** The number of an errno name, or -1. */
    public static int number(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (name.equals(NAMES[i])) {
                return i;
            }
        }
        return -1;
    }
}
