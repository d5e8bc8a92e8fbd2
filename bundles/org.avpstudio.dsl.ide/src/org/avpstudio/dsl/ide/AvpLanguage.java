// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide;

import java.util.function.Function;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.workspace.IProjectConfig;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

/**
 * The one injector of the .avp language in this JVM (runtime and IDE services), shared by every host: the core
 * API, the language servers, the Eclipse builder. Xtext registers the language's validator in EMF's process-wide
 * registry when an injector is created; with one injector there is one validator. What differs between callers
 * (catalog, profile) travels with the models ({@code ComplianceSettings}), never with the injector.
 */
public final class AvpLanguage {

	private static Injector injector;

	private AvpLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new AvpIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * A new injector for one language server (Xtext's {@link ServerModule}) that knows the .avp language
	 * explicitly (no class-path scanning), serves a client that opens files without a root or folders
	 * ({@link RootlessWorkspaceManager}) and checks each project's models with the settings {@code settings} answers
	 * for it ({@link SettingsProjectManager}), with the caller's bindings on top.
	 */
	public static Injector languageServer(Function<IProjectConfig, ComplianceSettings> settings, Module... overrides) {
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("avp", injector().getInstance(IResourceServiceProvider.class));
		Module registry = binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ProjectManager.class).to(SettingsProjectManager.class);
			binder.bind(WorkspaceManager.class).to(RootlessWorkspaceManager.class);
			binder.bind(new TypeLiteral<Function<IProjectConfig, ComplianceSettings>>() {
			}).annotatedWith(Names.named(SettingsProjectManager.SOURCE)).toInstance(settings);
		};
		return Guice.createInjector(Modules.override(new ServerModule()).with(Modules.combine(Modules.combine(overrides), registry)));
	}
}
