package org.triagedesk.classification.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.triagedesk.kernel.CoverageArea;

/**
 * The byte format of an {@link AreaModel}, deflated: a magic number, the settings (features, weighting,
 * solver, temperature), the areas in order, the feature space (keys in sorted order with their idf), the
 * biases and the weights as floats. Nothing in it depends on the time or the machine, so the same model
 * gives the same bytes.
 */
final class ModelFile {

    private static final int MAGIC = 0x54444d31; // "TDM1"
    private static final CoverageArea[] AREAS = CoverageArea.values();

    record Parts(ModelSettings settings, TfIdf space, float[] weights, double[] bias) {
    }

    private ModelFile() {
    }

    static byte[] write(Parts parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            ModelSettings s = parts.settings();
            FeatureExtractor.Settings f = s.features();
            out.writeUTF(String.join(",", f.families().stream().sorted().map(Enum::name).toList()));
            out.writeUTF(f.wordChain());
            out.writeInt(f.charMin());
            out.writeInt(f.charMax());
            out.writeInt(f.charChars());
            out.writeBoolean(f.allEvidence());
            out.writeInt(s.minDf());
            out.writeBoolean(s.sublinear());
            out.writeUTF(s.solver());
            out.writeDouble(s.c());
            out.writeDouble(s.eps());
            out.writeLong(s.seed());
            out.writeDouble(s.temperature());
            out.writeUTF(String.join(",", Arrays.stream(AREAS).map(Enum::name).toList()));
            parts.space().write(out);
            for (double b : parts.bias()) {
                out.writeDouble(b);
            }
            for (float w : parts.weights()) {
                out.writeFloat(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Parts read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an area model of this version");
            }
            EnumSet<FeatureExtractor.Family> families = EnumSet.noneOf(FeatureExtractor.Family.class);
            for (String name : in.readUTF().split(",")) {
                if (!name.isEmpty()) {
                    families.add(FeatureExtractor.Family.valueOf(name));
                }
            }
            FeatureExtractor.Settings f = new FeatureExtractor.Settings(families, in.readUTF(), in.readInt(), in.readInt(), in.readInt(),
                    in.readBoolean());
            ModelSettings s = new ModelSettings(f, in.readInt(), in.readBoolean(), in.readUTF(), in.readDouble(), in.readDouble(),
                    in.readLong(), in.readDouble());
            if (!in.readUTF().equals(String.join(",", Arrays.stream(AREAS).map(Enum::name).toList()))) {
                throw new IllegalArgumentException("the model was trained for other coverage areas");
            }
            TfIdf space = TfIdf.read(in);
            double[] bias = new double[AREAS.length];
            for (int k = 0; k < bias.length; k++) {
                bias[k] = in.readDouble();
            }
            float[] weights = new float[space.size() * AREAS.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            return new Parts(s, space, weights, bias);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable area model: " + e.getMessage(), e);
        }
    }
}
