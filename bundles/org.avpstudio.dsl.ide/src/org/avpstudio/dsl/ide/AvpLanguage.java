package org.avpstudio.dsl.ide;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
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
	 * explicitly (no class-path scanning), with the caller's bindings on top.
	 */
	public static Injector languageServer(Module... overrides) {
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("avp", injector().getInstance(IResourceServiceProvider.class));
		Module registry = binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
		return Guice.createInjector(Modules.override(new ServerModule()).with(Modules.combine(Modules.combine(overrides), registry)));
	}
}
