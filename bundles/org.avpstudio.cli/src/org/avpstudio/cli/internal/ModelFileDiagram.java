// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.diagram.DiagramModel;
import org.avpstudio.diagram.PlatformDiagram;
import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.diagram.sprotty.ActionMessage;
import org.avpstudio.diagram.sprotty.DiagramSession;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.model.Platform;

/**
 * The diagram of one .avp file and its diagram session: each action of the client is answered with the messages
 * for it (the model, its updates, the outcome of an edit). Edits go through the .avp serializer (comments and layout
 * of untouched text stay) and are saved to the file as an editor saves it (FileSave). A change of the file by another editor is
 * picked up with the next action. One action at a time: the session and the file are not shared.
 */
final class ModelFileDiagram implements DiagramSession.Host {

	private final Path model;
	private final ComplianceSettings settings;
	private final DiagramSession session = new DiagramSession(this);
	private final ReentrantLock oneAtATime = new ReentrantLock();
	private final List<String> outbox = new ArrayList<>();
	private FileTime shown;
	/** The file as last read (null when it could not be drawn): edits start from it instead of reading it again. */
	private PlatformModel current;

	ModelFileDiagram(Path model, ComplianceSettings settings) {
		this.model = model.toAbsolutePath();
		this.settings = settings;
	}

	/** The messages answering one action of the client, as a JSON array. */
	String answer(ActionMessage message) {
		oneAtATime.lock();
		try {
			outbox.clear();
			refresh();
			session.receive(message);
			return "[" + String.join(",", outbox) + "]";
		} finally {
			oneAtATime.unlock();
		}
	}

	/** Shows the file's platform if it changed since it was last shown (or reports why it cannot be drawn). */
	private void refresh() {
		try {
			FileTime modified = Files.getLastModifiedTime(model);
			if (!modified.equals(shown)) {
				shown = modified;
				current = null;
				current = read();
				session.show(diagram(current));
			}
		} catch (IOException e) {
			session.status("error", "cannot read " + model.getFileName() + ": " + e.getMessage());
		} catch (CliException e) {
			session.status("error", e.getMessage());
		}
	}

	private PlatformModel read() throws CliException {
		try {
			PlatformModel loaded = new ModelSet(settings).load(model);
			if (!loaded.usable()) {
				throw new CliException(model.getFileName() + " has errors; fix them in the text first");
			}
			return loaded;
		} catch (ModelException e) {
			throw new CliException(e.getMessage());
		}
	}

	private static DiagramModel diagram(PlatformModel loaded) {
		return PlatformDiagram.of(loaded.scope(), loaded.compliance());
	}

	@Override
	public void send(String message) {
		outbox.add(message);
	}

	@Override
	public void apply(Consumer<Platform> change) {
		try {
			String text = ModelEdit.apply((current != null ? current : read()).resource(), change);
			FileSave.save(model, text);
			refresh();
			session.status("info", "saved " + model.getFileName());
		} catch (IllegalStateException | CliException | SaveException e) {
			session.status("error", "not changed: " + e.getMessage());
		}
	}
}
