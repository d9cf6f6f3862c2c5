package dev.jtrace.format.syscalls.types;

/** POSIX message queue attributes: {@code {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}}. */
final class MqStructs {
    private MqStructs() {
    }

    static final Pointee MQ_ATTR = Pointees.struct("mq_attr", (c, v, out) -> out.append("{mq_flags=")
            .append(c.constant("mq_flags", v.get("mq_flags"))).append(", mq_maxmsg=").append(v.get("mq_maxmsg"))
            .append(", mq_msgsize=").append(v.get("mq_msgsize")).append(", mq_curmsgs=").append(v.get("mq_curmsgs"))
            .append('}'));
}
