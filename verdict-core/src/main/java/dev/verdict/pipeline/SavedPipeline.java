package dev.verdict.pipeline;

import dev.verdict.BadInputException;
import dev.verdict.data.CsvTableReader;
import dev.verdict.data.Table;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamilies;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.result.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A model saved with its preprocessing, ready to predict new rows: the {@value #FOLDER} folder of a
 * run holds {@value #MANIFEST} (the {@link PipelineManifest}) and the model's own files in
 * {@value #ENGINE}/ (XGBoost UBJSON, Tribuo protobuf or DJL parameters). Holds the loaded model's
 * native memory: close it.
 */
public final class SavedPipeline implements AutoCloseable {
  /** The model folder inside a run folder. */
  public static final String FOLDER = "model";
  static final String MANIFEST = "pipeline.json";
  static final String ENGINE = "engine";

  private final PipelineManifest manifest;
  private final Preprocessor preprocessor;
  private final Model model;

  private SavedPipeline(PipelineManifest manifest, Preprocessor preprocessor, Model model) {
    this.manifest = manifest;
    this.preprocessor = preprocessor;
    this.model = model;
  }

  /**
   * Writes a fitted model and its manifest into {@code dir}, which must not exist yet.
   *
   * @return the size of the model's own files, in bytes
   */
  public static long write(Path dir, PipelineManifest manifest, Model model) throws IOException {
    Path engine = Files.createDirectories(dir.resolve(ENGINE));
    model.save(engine);
    long size = sizeOf(engine);
    ResultJson.mapper().writeValue(dir.resolve(MANIFEST).toFile(), manifest.withSizeBytes(size));
    return size;
  }

  /** The size of the files under {@code dir}, in bytes. */
  public static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /**
   * Loads the model saved in a run folder (or in its {@value #FOLDER} folder itself), with the
   * families found on the class path.
   *
   * @param threads threads the model may use to predict
   */
  public static SavedPipeline load(Path path, int threads) {
    return load(path, threads, ModelFamilies.discover());
  }

  /** Loads a saved model, looking its trainer up among {@code families}. */
  public static SavedPipeline load(Path path, int threads, List<ModelFamily> families) {
    if (!Files.isDirectory(path)) {
      throw new BadInputException(path + ": no such run folder; give the folder that `verdict run` wrote");
    }
    Path dir = Files.isRegularFile(path.resolve(MANIFEST)) ? path : path.resolve(FOLDER);
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(path + " holds no saved model (no " + FOLDER + "/" + MANIFEST
          + "); run `verdict run` without --no-model to save the winner");
    }
    PipelineManifest manifest;
    try {
      manifest = ResultJson.mapper().readValue(file.toFile(), PipelineManifest.class);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(file + " cannot be read (" + firstLine(e.getMessage()) + "); run `verdict run` again", e);
    }
    if (manifest.schemaVersion() > PipelineManifest.SCHEMA_VERSION) {
      throw new BadInputException(file + " was written by a newer Verdict (model schema " + manifest.schemaVersion()
          + ", this one reads up to " + PipelineManifest.SCHEMA_VERSION + "); upgrade Verdict");
    }
    TaskType task;
    Preprocessor preprocessor;
    try {
      task = TaskType.fromLabel(manifest.task());
      preprocessor = Preprocessor.restore(manifest.preprocessor());
      List<String> steps = manifest.preprocessor().steps().stream().map(Preprocessor.Step::name).toList();
      if (!steps.equals(manifest.inputs().stream().map(InputColumn::name).toList())) {
        throw new IllegalArgumentException("the preprocessing steps do not match the input columns");
      }
    } catch (RuntimeException e) {
      throw new BadInputException(file + " is not a valid model description (" + firstLine(e.getMessage())
          + "); run `verdict run` again", e);
    }
    Trainer trainer = families.stream().flatMap(f -> f.trainers(task).stream())
        .filter(t -> t.id().equals(manifest.modelId())).findFirst()
        .orElseThrow(() -> new BadInputException(path + " holds a '" + manifest.modelId() + "' model, which no model"
            + " family on the class path provides; run it with the Verdict that saved it"));
    try {
      return new SavedPipeline(manifest, preprocessor, trainer.load(dir.resolve(ENGINE), threads));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("cannot load the " + manifest.modelId() + " model from " + dir.resolve(ENGINE) + " ("
          + firstLine(String.valueOf(e.getMessage())) + "); run `verdict run` again to save a fresh one", e);
    }
  }

  public PipelineManifest manifest() {
    return manifest;
  }

  /** Predicts the rows of a CSV file (columns matched by name). */
  public PredictionTable predict(Path csv, boolean lenient, String idColumn) {
    return predict(new CsvTableReader().read(csv), lenient, idColumn);
  }

  /**
   * Predicts every row of {@code table}.
   *
   * @param lenient read non-numeric values in numeric columns as missing instead of failing
   * @param idColumn a column to copy into the output beside each prediction, or {@code null}
   */
  public PredictionTable predict(Table table, boolean lenient, String idColumn) {
    List<String> ids = null;
    if (idColumn != null) {
      int index = table.indexOf(idColumn);
      if (index < 0) {
        throw new BadInputException(table.source() + ": no column '" + idColumn + "' for --id; the columns are "
            + String.join(", ", table.header()));
      }
      List<String> outputs = new ArrayList<>(List.of(manifest.target()));
      if (manifest.classes() != null) {
        manifest.classes().forEach(c -> outputs.add("p_" + c));
      }
      if (outputs.contains(idColumn)) {
        throw new BadInputException("--id " + idColumn + " would repeat the name of an output column ("
            + String.join(", ", outputs) + "); give another column, or a copy of it under another name");
      }
      String[] cells = table.column(index);
      ids = IntStream.range(0, cells.length).mapToObj(r -> cells[r] == null ? "" : cells[r]).toList();
    }
    FeatureTable features = InputReader.read(table, manifest, lenient);
    return new PredictionTable(idColumn, ids, manifest.target(), TaskType.fromLabel(manifest.task()), manifest.classes(),
        predict(features));
  }

  /** Predicts every row of a feature table decoded with this model's inputs. */
  Predictions predict(FeatureTable features) {
    int[] rows = IntStream.range(0, features.rows()).toArray();
    return model.predict(preprocessor.transform(features, rows));
  }

  @Override
  public void close() {
    model.close();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no detail";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
