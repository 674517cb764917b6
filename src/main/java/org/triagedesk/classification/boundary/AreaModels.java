package org.triagedesk.classification.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.triagedesk.classification.control.AreaModel;
import org.triagedesk.classification.control.FeatureExtractor;
import org.triagedesk.classification.control.ModelSettings;
import org.triagedesk.classification.control.RecentCorrections;
import org.triagedesk.classification.control.TrainingSet;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;
import org.triagedesk.platform.TriageSettings;

/**
 * The trained area model the classifier answers with, and its retraining. At start the last model is read from
 * the data folder ({@code model/area-model.bin}), so that triage does not wait for a training; a retrain then
 * runs in the background and replaces it when done, as it does after every change to what the model learns from
 * (kb/ loaded, a known issue edited, a case saved or corrected: several changes in a row give one retrain).
 * A correction counts before that through {@link RecentCorrections}. Training reads only the database and kb/, in
 * a fixed order, so every node trains the same model from the same data.
 * <p>
 * Over 150 lines: the model's life (read at start, background retrain, coalescing of changes, hand-over to the
 * classifier) is one piece of concurrency; it is kept in one class so that its hand-over (a volatile model, the first-model lock, the managed executor) is read in one place.
 */
@Singleton
@Startup
@DependsOn("KnowledgeBaseLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AreaModels {

    private static final Logger LOG = Logger.getLogger(AreaModels.class.getName());
    /** How long a triage waits for the very first model when the data folder has none. */
    static final long FIRST_MODEL_SECONDS = 120;

    /** The model in use: what it was trained on and when, and how to read a case for it. */
    public record Trained(AreaModel model, FeatureExtractor features, Instant trainedAt, int examples, long upToLabelled, long millis) {
    }

    @Inject
    TrainingData data;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final RecentCorrections corrections = new RecentCorrections();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Object firstModel = new Object();
    private volatile Trained current;

    @PostConstruct
    void start() {
        Path file = file();
        boolean upToDate = false;
        if (Files.isRegularFile(file)) {
            try {
                long started = System.nanoTime();
                AreaModel model = AreaModel.fromBytes(Files.readAllBytes(file));
                FeatureExtractor extractor = new FeatureExtractor(model.settings().features(), data.signatures());
                String fingerprint = data.fingerprint();
                upToDate = fingerprint.equals(readFingerprint());
                current = new Trained(model, extractor, Files.getLastModifiedTime(file).toInstant(), 0, 0, (System.nanoTime() - started) / 1_000_000);
                boolean fresh = upToDate;
                LOG.info(() -> "area model read from " + file + " in " + current.millis() + " ms; "
                        + (fresh ? "it was trained on the data as it is (" + fingerprint + "): no retrain" : "retraining in the background"));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the saved area model " + file + " cannot be read; training a new one", e);
            }
        }
        if (!upToDate) {
            retrain();
        }
    }

    /** The model in use; the very first one (no saved model) is waited for, up to {@value #FIRST_MODEL_SECONDS} s. */
    public Trained current() {
        Trained trained = current;
        if (trained != null) {
            return trained;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_MODEL_SECONDS);
        synchronized (firstModel) {
            while (current == null && System.nanoTime() < deadline) {
                try {
                    firstModel.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (current == null) {
            throw new ModelNotReadyException();
        }
        return current;
    }

    /** Puts a model in use; the corrections it was trained on no longer need the layer. */
    void install(Trained trained) {
        current = trained;
        corrections.absorbedUpTo(trained.upToLabelled());
        synchronized (firstModel) {
            firstModel.notifyAll();
        }
    }

    /** Trains a model the way the background retrain does, from a snapshot of what it learns from. */
    static Trained train(TrainingData.Snapshot snapshot, Instant at) {
        return train(snapshot, at, null);
    }

    /** @param inUse the model in use: its signature index is shared when the signatures have not changed */
    static Trained train(TrainingData.Snapshot snapshot, Instant at, Trained inUse) {
        long started = System.nanoTime();
        ModelSettings settings = ModelSettings.CHOSEN;
        FeatureExtractor extractor = new FeatureExtractor(settings.features(), snapshot.signatures(), inUse == null ? null : inUse.features());
        TrainingSet set = TrainingSet.of(extractor, snapshot.reports(), snapshot.issues(), snapshot.labelled());
        double temperature = set.calibration().isEmpty() || set.withoutCalibration().isEmpty() ? settings.temperature()
                : AreaModel.train(set.withoutCalibration(), settings).calibratedOn(set.calibration()).settings().temperature();
        AreaModel model = AreaModel.train(set.all(), settings).withTemperature(temperature);
        return new Trained(model, extractor, at, set.all().size(), set.upToLabelled(), (System.nanoTime() - started) / 1_000_000);
    }

    public RecentCorrections corrections() {
        return corrections;
    }

    /** Whether a model is in use (for the readiness check). */
    public boolean ready() {
        return current != null;
    }

    /** Retrains in the background; a request while one runs makes it run once more afterwards. */
    public void retrain() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            executor.submit(this::trainWhileAsked);
        }
    }

    public void knowledgeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeChanged change) {
        retrain();
    }

    private void trainWhileAsked() {
        try {
            while (again.getAndSet(false)) {
                train();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "area model training failed; the previous model stays in use", e);
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) {
                executor.submit(this::trainWhileAsked);
            }
        }
    }

    private void train() {
        String fingerprint = data.fingerprint();
        TrainingData.Snapshot snapshot = data.read();
        if (snapshot.reports().isEmpty() && snapshot.issues().isEmpty() && snapshot.labelled().isEmpty()) {
            LOG.warning("nothing to train the area model on: kb/ has no known issues or examples");
            return;
        }
        Trained trained = train(snapshot, clock.instant(), current);
        install(trained);
        save(trained.model(), fingerprint);
        LOG.info(() -> "area model trained on " + trained.examples() + " examples in " + trained.millis() + " ms (temperature "
                + String.format(Locale.ROOT, "%.2f", trained.model().settings().temperature()) + ")");
    }

    /**
     * Saves the model with the fingerprint of the data it was trained on (taken before that data was read: a change
     * during the training makes the fingerprint older than the data, so the next start trains again).
     */
    private static void save(AreaModel model, String fingerprint) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "area-model", ".tmp");
            Files.write(temp, model.toBytes());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(fingerprintFile(), fingerprint, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the area model could not be saved to " + file + "; the next start trains again", e);
        }
    }

    private static String readFingerprint() {
        try {
            Path f = fingerprintFile();
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static Path fingerprintFile() {
        return file().resolveSibling("area-model.trained-on");
    }

    static Path file() {
        return TriageSettings.dataDirectory().resolve("model").resolve("area-model.bin");
    }

    /** The labelled examples newer than the model, as corrections to consult (used at start and by tests). */
    List<TrainingSet.Labelled> pending(long after) {
        return data.labelledAfter(after);
    }
}
