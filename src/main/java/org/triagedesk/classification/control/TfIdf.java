package org.triagedesk.classification.control;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feature space of a trained model: every feature seen in at least {@code minDf} training texts,
 * indexed in sorted order of its key (so the same data gives the same indices), with its inverse
 * document frequency, smoothed as ln((1 + N) / (1 + df)) + 1. A text becomes a sparse vector of
 * tf x idf (tf sublinear, 1 + ln count, when asked), L2-normalised in two blocks, the character
 * n-grams and everything else (words, bigrams, commands, signature flags), as a union of two TF-IDF
 * vectorisers would be: the many n-grams do not drown the words, and a family of one or two features
 * (a command, a signature flag) is not worth as much as all the words together.
 */
public final class TfIdf {

    /** A sparse vector: ascending feature indices and their values. */
    public record Vector(int[] index, double[] value) {
    }

    private final String[] keys;
    private final double[] idf;
    private final int[] family;
    private final Map<String, Integer> indexOf;
    private final boolean sublinear;
    private final int families;

    private TfIdf(String[] keys, double[] idf, boolean sublinear) {
        this.keys = keys;
        this.idf = idf;
        this.sublinear = sublinear;
        this.family = new int[keys.length];
        this.indexOf = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            indexOf.put(keys[i], i);
            family[i] = CaseFeatures.family(keys[i]).equals("c") ? 1 : 0;
        }
        this.families = 2;
    }

    static TfIdf fit(List<CaseFeatures> texts, int minDf, boolean sublinear) {
        Map<String, Integer> df = new HashMap<>();
        texts.forEach(t -> t.counts().keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        TreeMap<String, Integer> kept = new TreeMap<>();
        df.forEach((k, n) -> {
            if (n >= minDf) {
                kept.put(k, n);
            }
        });
        String[] keys = kept.keySet().toArray(String[]::new);
        double[] idf = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            idf[i] = Math.log((1.0 + texts.size()) / (1.0 + kept.get(keys[i]))) + 1;
        }
        return new TfIdf(keys, idf, sublinear);
    }

    int size() {
        return keys.length;
    }

    String key(int index) {
        return keys[index];
    }

    Vector vector(CaseFeatures features) {
        int[] index = new int[features.counts().size()];
        int[] count = new int[index.length];
        int n = 0;
        for (Map.Entry<String, Integer> e : features.counts().entrySet()) {
            Integer i = indexOf.get(e.getKey());
            if (i != null) {
                // packed so that one sort orders both: index in the high bits
                index[n] = i;
                count[n++] = e.getValue();
            }
        }
        long[] packed = new long[n];
        for (int j = 0; j < n; j++) {
            packed[j] = ((long) index[j] << 32) | count[j];
        }
        Arrays.sort(packed);
        int[] sorted = new int[n];
        double[] value = new double[n];
        double[] norms = new double[families];
        for (int j = 0; j < n; j++) {
            sorted[j] = (int) (packed[j] >>> 32);
            double tf = (int) packed[j];
            value[j] = (sublinear ? 1 + Math.log(tf) : tf) * idf[sorted[j]];
            norms[family[sorted[j]]] += value[j] * value[j];
        }
        for (int j = 0; j < n; j++) {
            value[j] /= Math.sqrt(norms[family[sorted[j]]]);
        }
        return new Vector(sorted, value);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(sublinear);
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeUTF(keys[i]);
            out.writeDouble(idf[i]);
        }
    }

    static TfIdf read(DataInputStream in) throws IOException {
        boolean sublinear = in.readBoolean();
        int n = in.readInt();
        String[] keys = new String[n];
        double[] idf = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readUTF();
            idf[i] = in.readDouble();
        }
        return new TfIdf(keys, idf, sublinear);
    }

    @Override
    public String toString() {
        return "TfIdf[" + keys.length + " features: " + Arrays.toString(Arrays.copyOf(keys, Math.min(3, keys.length))) + "...]";
    }
}
