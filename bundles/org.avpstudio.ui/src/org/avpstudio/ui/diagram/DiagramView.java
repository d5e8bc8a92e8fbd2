// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.diagram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.avpstudio.dsl.validation.PlatformCompliance;
import org.avpstudio.diagram.DiagramModel;
import org.avpstudio.diagram.PlatformDiagram;
import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.diagram.sprotty.DiagramSession;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.model.devices.PaletteEntry;
import org.avpstudio.ui.editor.ActiveAvpEditor;
import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.avpstudio.validation.PlatformScope;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Platform Diagram: the .avp file of the active editor drawn by the Sprotty diagram client (bundled in
 * org.avpstudio.diagram) in an SWT Browser, its diagram server ({@link DiagramSession}) in this JVM on the language
 * server's model; ELK layout, Sprotty issue markers on elements with findings; redrawn after each validation while
 * typing. Click selects (Properties view), double-click shows the element in the text, boxes can be dragged
 * anywhere (they stay there while the view is open). The toolbar's palette adds VMs, devices and vsock channels,
 * sets criticality and memory, renames and deletes VMs; dragging a device row onto another VM moves the device:
 * each edit goes through the .avp serializer into the open editor as one undoable change, so the text editor and
 * the diagram always agree.
 */
public class DiagramView extends ViewPart implements DiagramSession.Host {

	public static final String ID = "org.avpstudio.ui.diagramView";

	/** Device kinds offered by the palette: label, metamodel class, base name (from the metamodel). */
	static final List<PaletteEntry> DEVICES = DeviceKinds.palette();

	private Browser browser;
	private ActiveAvpEditor active;
	private final DiagramSession session = new DiagramSession(this);
	private volatile DiagramModel shown;
	private volatile String selected;
	private final org.eclipse.jface.viewers.ISelectionProvider selection = new SelectionProvider();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
			new BrowserFunction(browser, "avpToJava") {
				@Override
				public Object function(Object[] arguments) {
					if (arguments.length == 1 && arguments[0] instanceof String message) {
						session.receive(message);
					}
					return null;
				}
			};
			browser.setUrl(clientPage());
		} catch (SWTError e) {
			new Label(parent, SWT.WRAP).setText("No web browser component is available here (" + e.getMessage() + "); use avp diagram instead.");
		} catch (java.io.IOException e) {
			browser.setText("<p>The diagram client is missing from org.avpstudio.diagram (" + e.getMessage() + "); reinstall AVP Studio.</p>");
		}
		palette(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(selection);
		active = new ActiveAvpEditor(getSite().getPage(), this::refresh);
	}

	private void palette(IToolBarManager toolbar) {
		toolbar.add(action("Add VM", () -> edit(ModelEdit.addVm("vm"))));
		toolbar.add(new DropDownAction("Add Device", DEVICES.stream().map(PaletteEntry::label).toList(), paletteImages(), true,
				index -> onSelectedVm("Select a VM first, then add a device to it.", vm -> edit(ModelEdit.addDevice(vm, DEVICES.get(index).deviceClass(), DEVICES.get(index).baseName())))));
		toolbar.add(action("Connect (vsock)...", () -> onSelectedVm("Select the VM the channel starts from, then Connect.",
				from -> ask("vsock channel", "Connect " + from + " to VM:", "", null).ifPresent(to -> edit(ModelEdit.addVsockChannel(from, to))))));
		toolbar.add(new DropDownAction("Criticality", VmProperties.LEVELS, false, index -> onSelectedVm("Select a VM to set its criticality.",
				vm -> edit(ModelEdit.setCriticality(vm, VmProperties.LEVELS.get(index))))));
		toolbar.add(action("Memory...", () -> onSelectedVm("Select a VM to change its memory.",
				vm -> ask("Memory", "Memory of " + vm + " in MiB:", "1024", text -> text.matches("[1-9][0-9]*") ? null : "a positive number of MiB")
						.ifPresent(mib -> edit(ModelEdit.setMemory(vm, Long.parseLong(mib)))))));
		toolbar.add(action("Rename...", () -> onSelectedVm("Select a VM to rename.",
				vm -> ask("Rename VM", "New name of " + vm + ":", vm, text -> ModelEdit.isName(text) ? null : ModelEdit.NAME_RULE)
						.ifPresent(name -> edit(ModelEdit.renameVm(vm, name))))));
		toolbar.add(action("Delete", () -> onSelectedVm("Select a VM to delete.", vm -> edit(ModelEdit.deleteVm(vm)))));
	}

	/** The icon of each device kind the palette offers (the Outline's and content assist's icons). */
	public static List<org.eclipse.swt.graphics.Image> paletteImages() {
		return DEVICES.stream().map(entry -> DeviceKinds.all().stream().filter(kind -> kind.eClass().getName().equals(entry.deviceClass()))
				.findFirst().map(kind -> org.avpstudio.ui.editor.AvpImages.of(kind.keyword())).orElse(null)).toList();
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Runs {@code action} on the selected VM, or tells the user what to select. */
	private void onSelectedVm(String hint, Consumer<String> action) {
		String vm = selectedVm();
		if (vm == null) {
			setContentDescription(hint);
		} else {
			action.accept(vm);
		}
	}

	private java.util.Optional<String> ask(String title, String question, String initial, IInputValidator validator) {
		InputDialog dialog = new InputDialog(getSite().getShell(), title, question, initial, validator == null ? null : text -> validator.isValid(text.strip()));
		return dialog.open() == Window.OK && !dialog.getValue().isBlank() ? java.util.Optional.of(dialog.getValue().strip()) : java.util.Optional.empty();
	}

	/** Applies a diagram edit to the open editor's text; completes with null, or with why it could not be made. */
	public CompletableFuture<String> edit(Consumer<Platform> change) {
		AvpDocumentSync sync = active == null ? null : active.sync();
		if (sync == null) {
			return CompletableFuture.completedFuture("no .avp editor is active");
		}
		IDocument document = sync.document();
		int version = sync.version();
		CompletableFuture<String> done = new CompletableFuture<>();
		AvpLanguageServer.get().read(sync.id().getUri(), resource -> {
			try {
				return new String[] { ModelEdit.apply(resource, change), null };
			} catch (IllegalStateException e) {
				return new String[] { null, e.getMessage() };
			}
		}).whenComplete((result, failure) -> browser.getDisplay().asyncExec(() -> {
			String problem = failure != null ? failure.getMessage() : result == null ? "the file could not be read" : result[1];
			if (problem == null && sync.version() != version) {
				problem = "the text changed while the edit was prepared; try again";
			}
			if (problem == null) {
				try {
					Range whole = new Range(new Position(0, 0), Lsp.position(document, document.getLength()));
					Lsp.apply(document, List.of(new TextEdit(whole, result[0])));
				} catch (BadLocationException e) {
					problem = e.getMessage();
				}
			}
			setContentDescription(problem == null ? "" : "Not changed: " + problem);
			done.complete(problem);
		}));
		return done;
	}

	private String selectedVm() {
		String id = selected;
		return id != null && id.startsWith("vm:") ? id.substring(3) : null;
	}

	/** Selects a box as a click would (for keyboard users and tests). */
	public void select(String id) {
		selected = id;
		session.select(id);
		publishSelection();
	}

	public String selection() {
		return selected;
	}

	/** The selection the Properties view sees: the selected VM's properties (read from the live model), or nothing. */
	public org.eclipse.jface.viewers.ISelection propertiesSelection() {
		return selection.getSelection();
	}

	private void publishSelection() {
		String vm = selectedVm();
		AvpDocumentSync sync = active == null ? null : active.sync();
		if (vm == null || sync == null) {
			((SelectionProvider) selection).set(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
			return;
		}
		AvpLanguageServer.get().read(sync.id().getUri(), resource -> {
			for (var it = resource.getAllContents(); it.hasNext();) {
				if (it.next() instanceof VirtualMachine machine && vm.equals(machine.getName())) {
					return new VmProperties.Values(machine.getName(), machine.getCriticality().getLiteral(), machine.getMemoryMiB(),
							machine.getRole().getLiteral(), machine.getDevices().size());
				}
			}
			return null;
		}).thenAccept(values -> browser.getDisplay().asyncExec(() -> ((SelectionProvider) selection).set(values == null
				? org.eclipse.jface.viewers.StructuredSelection.EMPTY : new org.eclipse.jface.viewers.StructuredSelection(new VmProperties(this, values)))));
	}

	/** Announces the diagram's selection to the workbench (Properties view). */
	private static final class SelectionProvider implements org.eclipse.jface.viewers.ISelectionProvider {
		private final org.eclipse.core.runtime.ListenerList<org.eclipse.jface.viewers.ISelectionChangedListener> listeners = new org.eclipse.core.runtime.ListenerList<>();
		private org.eclipse.jface.viewers.ISelection current = org.eclipse.jface.viewers.StructuredSelection.EMPTY;

		void set(org.eclipse.jface.viewers.ISelection selection) {
			current = selection;
			org.eclipse.jface.viewers.SelectionChangedEvent event = new org.eclipse.jface.viewers.SelectionChangedEvent(this, selection);
			listeners.forEach(l -> l.selectionChanged(event));
		}

		@Override
		public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public org.eclipse.jface.viewers.ISelection getSelection() {
			return current;
		}

		@Override
		public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
			set(selection);
		}
	}

	/** The platform the diagram shows now (null before the first validation). */
	public DiagramModel model() {
		return shown;
	}

	/** Runs a script in the diagram page and returns its value (for tests and automation); null without a browser. */
	public Object evaluate(String script) {
		return browser == null || browser.isDisposed() ? null : browser.evaluate(script);
	}

	/** The page of the diagram client, extracted from the diagram bundle. */
	private static String clientPage() throws java.io.IOException {
		java.net.URL web = FileLocator.toFileURL(org.eclipse.core.runtime.Platform.getBundle("org.avpstudio.diagram").getEntry("web/"));
		return web.toExternalForm() + org.avpstudio.diagram.sprotty.DiagramClient.PAGE + "?eclipse";
	}

	private void refresh(AvpDocumentSync sync) {
		if (browser == null || browser.isDisposed()) {
			return;
		}
		setPartName("Diagram: " + sync.file().getName());
		AvpLanguageServer.get().read(sync.id().getUri(), resource -> {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Platform platform)) {
				return null;
			}
			PlatformScope scope = PlatformCompliance.scopeOf(platform);
			return PlatformDiagram.of(scope, PlatformCompliance.of(platform, scope));
		}).thenAccept(diagram -> {
			if (diagram != null) {
				shown = diagram;
				session.show(diagram);
			}
		});
	}

	@Override
	public void send(String message) {
		Browser target = browser;
		if (target != null && !target.isDisposed()) {
			target.getDisplay().asyncExec(() -> {
				if (!target.isDisposed()) {
					target.execute("window.avpFromJava && window.avpFromJava(" + jsString(message) + ")");
				}
			});
		}
	}

	/** A palette or drag edit from the diagram client: made like a toolbar edit, the client told how it went. */
	@Override
	public void apply(Consumer<Platform> change) {
		browser.getDisplay().asyncExec(() -> edit(change).thenAccept(problem -> session.status(problem == null ? "info" : "error",
				problem == null ? "changed in the editor" : "not changed: " + problem)));
	}

	@Override
	public void selected(String id) {
		selected = id;
		publishSelection();
	}

	@Override
	public void opened(String id) {
		reveal(id);
	}

	/** Shows the selected VM in the text editor. */
	private void reveal(String id) {
		AvpDocumentSync sync = active == null ? null : active.sync();
		if (sync == null || id == null || !id.startsWith("vm:")) {
			return;
		}
		String name = id.substring(3);
		AvpLanguageServer.get().read(sync.id().getUri(), resource -> {
			for (var it = resource.getAllContents(); it.hasNext();) {
				if (it.next() instanceof VirtualMachine vm && name.equals(vm.getName())) {
					List<INode> nodes = NodeModelUtils.findNodesForFeature(vm, org.avpstudio.model.AvpPackage.Literals.NAMED_ELEMENT__NAME);
					return nodes.isEmpty() ? null : new int[] { nodes.get(0).getOffset(), nodes.get(0).getLength() };
				}
			}
			return null;
		}).thenAccept(at -> {
			if (at != null) {
				browser.getDisplay().asyncExec(() -> {
					getSite().getPage().activate(active.editor());
					active.editor().selectAndReveal(at[0], at[1]);
				});
			}
		});
	}

	private static String jsString(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (active != null) {
			active.dispose();
		}
		super.dispose();
	}
}
