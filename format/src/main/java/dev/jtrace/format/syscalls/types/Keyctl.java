package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.format.decode.StringQuoter;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * keyctl(operation, arg2, arg3, arg4, arg5): each operation has its own operands, given here as the DSL's
 * argument types applied to the registers after the operation (arg2 first). Operations strace 6.1 does not
 * decode print their four registers in hex, as it does. Structs (KEYCTL_DH_COMPUTE's and KEYCTL_PKEY_*'s
 * parameters) print as addresses.
 */
final class Keyctl implements CustomCall {
    /** A key serial: {@code KEY_SPEC_SESSION_KEYRING} for the special ids, else the signed number. */
    static final ArgType SERIAL = (c, i, out) -> out.append(serial(c, c.intArg(i)));

    private static final ArgType STRING = Strings.string(false);
    private static final ArgType PAYLOAD = Strings.inputBuffer("arg4");
    private static final ArgType UID = Scalars.ID;
    private static final ArgType UINT = Scalars.UINT;
    private static final ArgType ULONG = Scalars.ULONG;
    private static final ArgType PTR = Scalars.PTR;
    private static final ArgType PERM = Scalars.constant("key_perm", false);
    private static final ArgType MOVE_FLAGS = Scalars.constant("keyctl_move", false);
    private static final ArgType IOVEC = new PointerType(Direction.IN, IoStructs.iovec("arg4", false));
    /** KEYCTL_SET_REQKEY_KEYRING's keyring: a name, else the number with the unknown-prefix comment. */
    private static final ArgType REQKEY = (c, i, out) -> {
        int v = c.intArg(i);
        String sym = c.constants("key_reqkey_defl").symbolic(v & 0xffffffffL);
        Constants mode = c.options().constants();
        if (sym == null) {
            out.append(v).append(mode == Constants.RAW ? "" : " /* KEY_REQKEY_DEFL_??? */");
        } else {
            out.append(mode == Constants.RAW ? Integer.toString(v) : mode == Constants.VERBOSE ? v + " /* " + sym + " */"
                    : sym);
        }
    };
    /** KEYCTL_REJECT's error: the errno's name. */
    private static final ArgType ERROR = (c, i, out) -> {
        int e = c.intArg(i);
        String name = e > 0 ? Errnos.name(e) : null;
        Constants mode = c.options().constants();
        out.append(name == null || mode == Constants.RAW ? Integer.toUnsignedString(e)
                : mode == Constants.VERBOSE ? e + " /* " + name + " */" : name);
    };

    private static final Map<Integer, List<ArgType>> OPERANDS = Map.ofEntries(
            Map.entry(0, List.of(SERIAL, Scalars.INT)),                       // GET_KEYRING_ID(id, create)
            Map.entry(1, List.of(STRING)),                                    // JOIN_SESSION_KEYRING(name)
            Map.entry(2, List.of(SERIAL, PAYLOAD, ULONG)),                    // UPDATE(id, payload, plen)
            Map.entry(3, List.of(SERIAL)),                                    // REVOKE(id)
            Map.entry(4, List.of(SERIAL, UID, UID)),                          // CHOWN(id, uid, gid)
            Map.entry(5, List.of(SERIAL, PERM)),                              // SETPERM(id, perm)
            Map.entry(6, List.of(SERIAL, KeyBuffer.STRING, ULONG)),           // DESCRIBE(id, buf, buflen)
            Map.entry(7, List.of(SERIAL)),                                    // CLEAR(keyring)
            Map.entry(8, List.of(SERIAL, SERIAL)),                            // LINK(id, keyring)
            Map.entry(9, List.of(SERIAL, SERIAL)),                            // UNLINK(id, keyring)
            Map.entry(10, List.of(SERIAL, STRING, STRING, SERIAL)),           // SEARCH(keyring, type, desc, dest)
            Map.entry(11, List.of(SERIAL, KeyBuffer.BYTES, ULONG)),           // READ(id, buf, buflen)
            Map.entry(12, List.of(SERIAL, PAYLOAD, ULONG, SERIAL)),           // INSTANTIATE(id, payload, plen, ring)
            Map.entry(13, List.of(SERIAL, UINT, SERIAL)),                     // NEGATE(id, timeout, keyring)
            Map.entry(14, List.of(REQKEY)),                                   // SET_REQKEY_KEYRING(which)
            Map.entry(15, List.of(SERIAL, UINT)),                             // SET_TIMEOUT(id, timeout)
            Map.entry(16, List.of(SERIAL)),                                   // ASSUME_AUTHORITY(id)
            Map.entry(17, List.of(SERIAL, KeyBuffer.STRING, ULONG)),          // GET_SECURITY(id, buf, buflen)
            Map.entry(18, List.of()),                                         // SESSION_TO_PARENT
            Map.entry(19, List.of(SERIAL, UINT, ERROR, SERIAL)),              // REJECT(id, timeout, error, keyring)
            Map.entry(20, List.of(SERIAL, IOVEC, ULONG, SERIAL)),             // INSTANTIATE_IOV(id, iov, ioc, ring)
            Map.entry(21, List.of(SERIAL)),                                   // INVALIDATE(id)
            Map.entry(22, List.of(UID, SERIAL)),                              // GET_PERSISTENT(uid, keyring)
            Map.entry(23, List.of(PTR, PTR, ULONG, PTR)),                     // DH_COMPUTE(params, buf, len, kdf)
            Map.entry(24, List.of(SERIAL, Scalars.HEX, STRING, PTR)),         // PKEY_QUERY(id, 0, info, query)
            Map.entry(25, List.of(PTR, STRING, PTR, PTR)),                    // PKEY_ENCRYPT(params, info, in, out)
            Map.entry(26, List.of(PTR, STRING, PTR, PTR)),                    // PKEY_DECRYPT
            Map.entry(27, List.of(PTR, STRING, PTR, PTR)),                    // PKEY_SIGN
            Map.entry(28, List.of(PTR, STRING, PTR, PTR)),                    // PKEY_VERIFY(params, info, in, in2)
            Map.entry(29, List.of(SERIAL, STRING, STRING)),                   // RESTRICT_KEYRING(ring, type, restr.)
            Map.entry(30, List.of(SERIAL, SERIAL, SERIAL, MOVE_FLAGS)),       // MOVE(id, from, to, flags)
            Map.entry(31, List.of(KeyBuffer.CAPABILITIES, ULONG)));           // CAPABILITIES(buf, buflen)
    private static final List<ArgType> UNDECODED = List.of(Scalars.HEX, Scalars.HEX, Scalars.HEX, Scalars.HEX);

    static String serial(CallView c, int id) {
        String sym = id < 0 ? c.constants("key_spec").symbolic(id & 0xffffffffL) : null;
        Constants mode = c.options().constants();
        if (sym == null || mode == Constants.RAW) {
            return Integer.toString(id);
        }
        return mode == Constants.VERBOSE ? id + " /* " + sym + " */" : sym;
    }

    private static List<ArgType> operands(long operation) {
        return operation >= 0 && operation <= Integer.MAX_VALUE
                ? OPERANDS.getOrDefault((int) operation, UNDECODED) : UNDECODED;
    }

    @Override
    public List<Printed> arguments(CallView c) {
        long op = c.arg(0) & 0xffffffffL;
        List<Printed> p = new ArrayList<>();
        p.add(new Printed(c.constant("keyctl", op), false));
        boolean atExit = false;
        List<ArgType> types = operands(op);
        for (int k = 0; k < types.size(); k++) {
            ArgType t = types.get(k);
            atExit |= t.printsAtExit();
            p.add(new Printed(!atExit || c.exited() ? text(t, c, k + 1) : "", atExit));
        }
        return p;
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        List<ArgType> types = operands(s.arg(0) & 0xffffffffL);
        for (int k = 0; k < types.size(); k++) {
            types.get(k).captureAtEntry(s, k + 1);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        List<ArgType> types = operands(s.arg(0) & 0xffffffffL);
        for (int k = 0; k < types.size(); k++) {
            types.get(k).captureAtExit(s, k + 1);
        }
    }

    /**
     * The buffer of KEYCTL_READ / DESCRIBE / GET_SECURITY / CAPABILITIES (the argument after it holds its size):
     * on success the kernel wrote min(result, size) bytes of it, which strace prints.
     */
    private enum KeyBuffer implements ArgType {
        /** Raw key payload. */
        BYTES,
        /** A NUL-terminated description or security label. */
        STRING,
        /** One byte of KEYCTL_CAPS0_* flags, one of KEYCTL_CAPS1_*, further bytes in hex. */
        CAPABILITIES;

        @Override
        public boolean printsAtExit() {
            return true;
        }

        private static long written(CallView c, int i) {
            return Math.min(c.rval(), c.arg(i + 1));
        }

        @Override
        public void captureAtExit(CaptureSite s, int i) {
            long size = s.arg(i + 1);
            if (s.arg(i) != 0 && !s.failed() && size > 0) {
                s.bytes(i, "", s.arg(i), Math.min(s.rval(), size));
            }
        }

        @Override
        public void print(CallView c, int i, StringBuilder out) {
            long address = c.arg(i);
            Capture cap = c.exitCapture(i, "");
            if (!c.succeeded() || address == 0 || written(c, i) < 0) {
                out.append(CallView.pointer(address));
            } else if (written(c, i) == 0 && this != CAPABILITIES) {
                out.append("\"\"");
            } else if (cap == null || !cap.readable()) {
                out.append(CallView.pointer(address));
            } else if (this == BYTES) {
                Strings.buffer(c, cap, address, written(c, i), false, out);
            } else if (this == STRING) {
                byte[] d = cap.data();
                int n = 0;
                while (n < d.length && d[n] != 0) {
                    n++;
                }
                int limit = c.options().stringLimit();
                StringQuoter.quote(d, Math.min(n, limit), n > limit, c.options().hexStrings(), false, out);
            } else {
                byte[] d = cap.data();
                out.append('[');
                for (int k = 0; k < d.length; k++) {
                    long v = d[k] & 0xff;
                    out.append(k > 0 ? ", " : "").append(k < 2 ? c.constant(k == 0 ? "keyctl_caps0" : "keyctl_caps1", v)
                            : Scalars.hex(v));
                }
                out.append(']');
            }
        }
    }
}
