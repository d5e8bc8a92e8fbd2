// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.Provider;

/** The formatter lays out text like the examples; saving a changed model keeps untouched text and comments. */
public class FormattingAndRoundTripTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void formatterPutsOneClausePerLineAndIndentsBlocks() throws Exception {
		XtextResource resource = AvpModels.parse("platform p {  avps \"2.0\" vm a { memory 512 MiB // small\n rng r0 console c0 { features VIRTIO_F_VERSION_1 ,VIRTIO_CONSOLE_F_SIZE } } }",
				tmp.getRoot().toPath());
		String formatted = format(resource);
		assertEquals("""
				platform p {
					avps "2.0"
					vm a {
						memory 512 MiB // small
						rng r0
						console c0 {
							features VIRTIO_F_VERSION_1, VIRTIO_CONSOLE_F_SIZE
						}
					}
				}""", formatted.strip());
	}

	@Test
	public void formattingTheExamplesChangesNothing() throws Exception {
		for (String example : new String[] { "cockpit/cockpit.avp", "devbox/devbox.avp" }) {
			Path file = AvpModels.examples().resolve(example);
			assertEquals(example + " is laid out as the formatter does", Files.readString(file).strip(),
					format(AvpModels.load(file)).strip());
		}
	}

	@Test
	public void savingAModelChangedThroughTheApiKeepsCommentsAndUntouchedText() throws Exception {
		Path copy = tmp.getRoot().toPath().resolve("cockpit.avp");
		Files.copy(AvpModels.examples().resolve("cockpit/cockpit.avp"), copy);
		Files.copy(AvpModels.examples().resolve("cockpit/soc.avp"), tmp.getRoot().toPath().resolve("soc.avp"));
		String before = Files.readString(copy);
		XtextResource resource = AvpModels.load(copy);
		Platform platform = (Platform) resource.getContents().get(0);
		VirtualMachine ivi = platform.getVirtualMachines().stream().filter(vm -> vm.getName().equals("ivi")).findFirst().get();
		ivi.setMemoryMiB(6144);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, SaveOptions.newBuilder().getOptions().toOptionsMap());
		String after = out.toString();
		assertTrue(after.contains("// Consolidated cockpit: a driver VM owns the GPU"));
		assertEquals(before.replace("memory 4096 MiB", "memory 6144 MiB"), after);
	}

	private static String format(XtextResource resource) {
		IFormatter2 formatter = AvpModels.INJECTOR.getInstance(IFormatter2.class);
		Provider<FormatterRequest> requests = AvpModels.INJECTOR.getProvider(FormatterRequest.class);
		TextRegionAccessBuilder access = AvpModels.INJECTOR.getInstance(TextRegionAccessBuilder.class);
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access.forNodeModel(resource).create());
		request.setAllowIdentityEdits(false);
		var replacements = formatter.format(request);
		return request.getTextRegionAccess().getRewriter().renderToString(replacements);
	}
}
