package org.triagedesk.classification.control;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feature space of a trained model: every feature seen in at least {@code minDf} training texts,
 * indexed in sorted order of its key (so the same data gives the same indices), with its inverse
 * document frequency, smoothed as ln((1 + N) / (1 + df)) + 1. A text becomes a sparse vector of
 * tf x idf (tf sublinear, 1 + ln count, when asked), L2-normalised per family, so that many character
 * n-grams do not drown a few words.
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

    private TfIdf(String[] keys, double[] idf, boolean sublinear) {
        this.keys = keys;
        this.idf = idf;
        this.sublinear = sublinear;
        this.family = new int[keys.length];
        this.indexOf = new HashMap<>(keys.length * 2);
        Map<String, Integer> families = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            indexOf.put(keys[i], i);
            family[i] = families.computeIfAbsent(CaseFeatures.family(keys[i]), f -> families.size());
        }
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
        List<int[]> present = new ArrayList<>();
        features.counts().forEach((k, count) -> {
            Integer i = indexOf.get(k);
            if (i != null) {
                present.add(new int[] {i, count});
            }
        });
        present.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] index = new int[present.size()];
        double[] value = new double[present.size()];
        Map<Integer, Double> norms = new HashMap<>();
        for (int j = 0; j < index.length; j++) {
            index[j] = present.get(j)[0];
            double tf = present.get(j)[1];
            value[j] = (sublinear ? 1 + Math.log(tf) : tf) * idf[index[j]];
            norms.merge(family[index[j]], value[j] * value[j], Double::sum);
        }
        for (int j = 0; j < index.length; j++) {
            value[j] /= Math.sqrt(norms.get(family[index[j]]));
        }
        return new Vector(index, value);
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
