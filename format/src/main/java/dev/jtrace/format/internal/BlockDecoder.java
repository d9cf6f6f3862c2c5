package dev.jtrace.format.internal;

import dev.jtrace.format.Stop;
import dev.jtrace.format.avro.StopRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/** Decompresses and decodes whole blocks of stop records, written with a given schema. */
public final class BlockDecoder {
    private final BlockDecompressor decompressor;
    private final SpecificDatumReader<StopRecord> datumReader;
    private final RecordToStop toStop;
    private BinaryDecoder decoder;
    private StopRecord reused;

    public BlockDecoder(Schema writerSchema, BlockDecompressor decompressor, long startMonotonicNs) {
        this.decompressor = decompressor;
        SpecificData model = new SpecificData();
        model.setCustomCoders(true);
        this.datumReader = new SpecificDatumReader<>(writerSchema, StopRecord.SCHEMA$, model);
        this.toStop = new RecordToStop(startMonotonicNs);
    }

    /**
     * All the stops of a block, or none: a block that does not decompress, or whose bytes are not exactly
     * {@code count} records, is corrupt.
     */
    public List<Stop> decode(AvroContainerReader.Block block) throws AvroContainerReader.DamageException {
        try {
            ByteBuffer bytes = decompressor.decompress(block.data());
            decoder = DecoderFactory.get().binaryDecoder(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.remaining(), decoder);
            List<Stop> stops = new ArrayList<>((int) Math.min(block.count(), 1 << 16));
            for (long i = 0; i < block.count(); i++) {
                reused = datumReader.read(reused, decoder);
                stops.add(toStop.toStop(reused));
            }
            if (!decoder.isEnd()) {
                throw new IOException("bytes left over after its " + block.count() + " records");
            }
            return stops;
        } catch (IOException | RuntimeException e) {
            throw damaged(block, e);
        } catch (OutOfMemoryError e) {
            // A corrupt length prefix can ask for a huge array; that allocation failed, nothing else did.
            throw damaged(block, new IOException("a length that does not fit in memory"));
        }
    }

    private static AvroContainerReader.DamageException damaged(AvroContainerReader.Block block, Exception e) {
        String why = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElseThrow();
        return AvroContainerReader.corrupt(block.offset(), block.index(), "does not decode: " + why);
    }
}
