// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.Importer;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.PlatformText;
import org.avpstudio.ui.AvpStudioUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs an {@link ImportRequest} off the UI thread: a folder becomes the files in it whose format is recognised, the
 * board's description (if any) and the files go to {@link PlatformImport#read(String, List, String, Path)} and the
 * platform to {@link PlatformText}. No UI, nothing written.
 */
public final class ImportRun {

	private ImportRun() {
	}

	public static ImportOutcome run(ImportRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + request.fileName(), 3);
		List<ImportOutcome.ReadFile> files = new ArrayList<>();
		List<ImportOutcome.SkippedFile> skipped = new ArrayList<>();
		Optional<Importer> chosen = Optional.ofNullable(request.format()).flatMap(Importers::byId);
		if (request.format() != null && chosen.isEmpty()) {
			return ImportOutcome.failed(request, files, skipped, "unknown format '" + request.format() + "'; known: " + ids());
		}
		progress.subTask("Looking at the input files");
		if (request.hardware() != null) {
			// the board first: the importer reads it into the hardware section before the VMs, whose pinning refers to it
			files.add(new ImportOutcome.ReadFile(request.hardware(), detected(request.hardware()).map(Importer::id).orElse("?"), true));
		}
		for (Path input : request.inputs()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (Files.isDirectory(input)) {
				int before = files.size();
				boolean board = false;
				try (Stream<Path> listed = Files.list(input)) {
					for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
						if (file.toAbsolutePath().normalize().equals(request.hardware())) {
							// already read first, as the board: not a second time as an input
							board = true;
						} else {
							take(file, chosen, files, skipped, true);
						}
					}
				} catch (IOException e) {
					return ImportOutcome.failed(request, files, skipped, input + ": cannot be listed: " + e.getMessage());
				}
				if (files.size() == before && !board) {
					return ImportOutcome.failed(request, files, skipped, input + ": no file in "
							+ (chosen.isPresent() ? "the format " + request.format() : "a format AVP Studio imports (" + ids() + ")"));
				}
			} else if (!input.equals(request.hardware())) { // the board, also added as an input, is read once, first
				take(input, chosen, files, skipped, false);
			}
		}
		progress.worked(1);
		progress.subTask("Reading " + files.size() + " file(s)");
		PlatformImport.Result result;
		try {
			result = PlatformImport.read(request.platformName(), files.stream().filter(f -> !f.hardware()).map(ImportOutcome.ReadFile::file).toList(),
					request.format(), request.hardware());
		} catch (ImportException e) {
			return ImportOutcome.failed(request, files, skipped, e.getMessage());
		} catch (RuntimeException e) {
			// an importer's bug, not a user's mistake: logged with its trace, shown in one line
			ILog.of(ImportRun.class).log(Status.error("Import of " + request.inputs() + " failed", e));
			return ImportOutcome.failed(request, files, skipped, "the import failed (" + e + "); see the error log");
		}
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.subTask("Writing the .avp text");
		try {
			String text = PlatformText.of(result);
			progress.worked(1);
			return new ImportOutcome(request, files, skipped, result, text, null);
		} catch (IOException | RuntimeException e) {
			ILog.of(ImportRun.class).log(Status.error("The .avp text of " + request.inputs() + " could not be written", e));
			return ImportOutcome.failed(request, files, skipped, "the imported platform could not be written as .avp text: " + e.getMessage());
		}
	}

	/**
	 * A file of a folder is taken when its format is recognised from its bytes (the chosen importer detects it, or one
	 * does: text formats and binary ones such as a .dtb) and skipped otherwise; a file the user chose is always given
	 * to the import, which says what is wrong with it.
	 */
	private static void take(Path file, Optional<Importer> chosen, List<ImportOutcome.ReadFile> files, List<ImportOutcome.SkippedFile> skipped,
			boolean fromFolder) {
		byte[] content;
		try {
			if (fromFolder && Files.size(file) > MAX_BYTES) {
				skipped.add(new ImportOutcome.SkippedFile(file, "larger than " + MAX_BYTES / 1024 / 1024 + " MiB"));
				return;
			}
			content = fromFolder || chosen.isEmpty() ? Files.readAllBytes(file) : null;
		} catch (IOException e) {
			if (fromFolder) {
				skipped.add(new ImportOutcome.SkippedFile(file, "cannot be read: " + e.getMessage()));
			} else {
				files.add(new ImportOutcome.ReadFile(file, chosen.map(Importer::id).orElse("?")));
			}
			return;
		}
		Optional<Importer> format = chosen.isPresent() ? chosen.filter(i -> !fromFolder || i.detects(content)) : Importers.detect(content);
		if (fromFolder && format.isEmpty()) {
			skipped.add(new ImportOutcome.SkippedFile(file, chosen.isPresent() ? "not in the format " + chosen.get().id()
					: utf8(content) ? "format not recognised" : "not UTF-8 text, nor a binary format recognised"));
			return;
		}
		files.add(new ImportOutcome.ReadFile(file, format.map(Importer::id).orElse("?")));
	}

	/** The format of the board's description as the import will detect it, if one does (the import says what is wrong). */
	private static Optional<Importer> detected(Path hardware) {
		try {
			return Files.size(hardware) > MAX_BYTES ? Optional.empty() : Importers.detect(Files.readAllBytes(hardware));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static boolean utf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** Larger files are not read (the importer refuses them too). */
	private static final long MAX_BYTES = 256L * 1024 * 1024;

	static String ids() {
		return String.join(", ", Importers.all().stream().map(Importer::id).toList());
	}
}
