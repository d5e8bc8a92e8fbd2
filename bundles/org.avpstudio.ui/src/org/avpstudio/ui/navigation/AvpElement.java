package org.avpstudio.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.avpstudio.ui.editor.OutlineNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * A named element of a workspace .avp file (for Open AVP Element): its name, the keyword of its kind (vm, core,
 * rng, ...), the elements it is inside, its file and the range of its name, read from the language server's model of
 * the file (an open editor's unsaved text included).
 */
public record AvpElement(String simpleName, String kind, String container, IFile file, int offset, int length) {

	/** "name - kind in container (project/path/file.avp)". */
	public String label() {
		String in = container.isEmpty() ? "" : " in " + container;
		return simpleName + " - " + kind + in + " (" + file.getFullPath().makeRelative() + ")";
	}

	/** Every element of the .avp files of the open projects. */
	public static List<AvpElement> all() {
		List<IFile> files = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			try {
				project.accept(resource -> {
					if (resource instanceof IFile file && "avp".equals(file.getFileExtension()) && file.getLocationURI() != null) {
						files.add(file);
					}
					return !resource.isDerived();
				}, IResource.NONE);
			} catch (CoreException e) {
				// a project that cannot be read has no elements to offer
			}
		}
		List<AvpElement> elements = new ArrayList<>();
		for (IFile file : files) {
			List<OutlineNode> roots = AvpLanguageServer.answer(AvpLanguageServer.get().read(Lsp.id(file).getUri(), OutlineNode::of));
			if (roots != null) {
				collect(file, roots, "", elements);
			}
		}
		return elements;
	}

	private static void collect(IFile file, List<OutlineNode> nodes, String container, List<AvpElement> into) {
		for (OutlineNode node : nodes) {
			into.add(new AvpElement(node.name(), node.kind(), container, file, node.offset(), node.length()));
			collect(file, node.children(), container.isEmpty() ? node.name() : container + "." + node.name(), into);
		}
	}
}
