package org.avpstudio.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.AvpStandaloneSetup;
import org.avpstudio.ui.preferences.ComplianceProfilePreference;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates the .avp files of a project against the AVPS and keeps their problem markers. All files of the project
 * are read together, so that a change to a file that others import re-validates them too; a build that has
 * nothing to do with .avp files does nothing.
 */
public class AvpBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.avpstudio.ui.builder";

	private static Injector injector;

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = AvpStandaloneSetup.doSetup();
		}
		return injector;
	}

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesAvpFiles(delta)) {
			return null;
		}
		validate(getProject(), monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(AvpMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	/** Re-validates every .avp file of {@code project} and replaces its markers. */
	public static void validate(IProject project, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = avpFiles(project);
		SubMonitor progress = SubMonitor.convert(monitor, "Validating .avp files of " + project.getName(), files.size() * 2);
		ComplianceProfilePreference.applyToLanguage();
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (IFile file : files) {
			resources.add(resourceSet.getResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true), true));
			progress.worked(1);
		}
		EcoreUtil.resolveAll(resourceSet);
		for (int i = 0; i < files.size(); i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile file = files.get(i);
			XtextResource resource = (XtextResource) resources.get(i);
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, progress::isCanceled);
			AvpMarkers.clear(file);
			String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
			for (Issue issue : issues) {
				AvpMarkers.create(file, text, issue);
			}
			progress.worked(1);
		}
	}

	static List<IFile> avpFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && "avp".equals(file.getFileExtension()) && !file.isDerived()) {
				files.add(file);
			}
			return !(resource.getType() == IResource.FOLDER && (resource.isDerived() || resource.getName().equals("generated")));
		});
		return files;
	}

	private static boolean touchesAvpFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			if ("avp".equals(child.getResource().getFileExtension())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
