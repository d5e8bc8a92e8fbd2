// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.avpstudio.ui.editor.AvpDocumentSync;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.Test;

/**
 * Measures (does not assert on time) how the editor behaves when typing into a 10,000-line .avp file: how long
 * the UI thread is busy per keystroke, and how long after the last keystroke the findings are up to date.
 * Writes the figures to target/typing-latency.txt.
 */
public class TypingLatencyTest {

	static String largePlatform(int vms) {
		StringBuilder text = new StringBuilder("// generated for the typing benchmark\nplatform large {\n\tavps \"2.0\"\n\tprofile \"avps-2.0\"\n\n");
		text.append("\thardware host {\n\t\tarchitecture x86_64\n\t\tmemory 1048576 MiB\n\t\tinterrupt-controller x2apic\n");
		text.append("\t\tvirtualization vt-x, vt-d, apicv, hw-rng\n\t\tiommu\n\t\tcluster cpu kind uniform {\n");
		for (int c = 0; c < 16; c++) {
			text.append("\t\t\tcore c").append(c).append(" index ").append(c).append('\n');
		}
		text.append("\t\t}\n\t}\n\thypervisor qemu kind kvm-qemu version \"7.2\"\n\n\tnetwork lan {\n\t\tbridge \"virbr0\"\n\t}\n");
		for (int i = 0; i < vms; i++) {
			String mac = String.format("52:54:00:%02x:%02x:01", i / 256, i % 256);
			text.append("\n\tvm guest").append(i).append(" {\n\t\trole general\n\t\tmemory 1024 MiB\n\t\tvcpu 0 on c").append(i % 16).append('\n')
					.append("\t\tboot linux-direct {\n\t\t\tdescription acpi\n\t\t\tkernel \"/var/lib/avp/vmlinuz\"\n")
					.append("\t\t\tcmdline \"console=hvc0 root=/dev/vda\"\n\t\t}\n\t\ttransport pci\n")
					.append("\t\tblock root {\n\t\t\tfeatures VIRTIO_F_VERSION_1, VIRTIO_BLK_F_FLUSH\n\t\t\tbackend image \"/var/lib/avp/g").append(i)
					.append(".qcow2\" format qcow2\n\t\t}\n")
					.append("\t\tnet eth0 {\n\t\t\tmac \"").append(mac).append("\"\n\t\t\tnetwork lan\n\t\t\tbackend user-network\n\t\t}\n")
					.append("\t\trng rng0\n\t\tconsole hvc0\n\t\tvsock vsock0 {\n\t\t\tcid ").append(i + 3).append("\n\t\t}\n")
					.append("\t\twatchdog wdt0 {\n\t\t\tmodel i6300esb\n\t\t\taction reset\n\t\t}\n")
					.append("\t\tinput kbd {\n\t\t\tkind keyboard\n\t\t}\n\t}\n");
		}
		return text.append("}\n").toString();
	}

	@Test
	public void typingIntoATenThousandLineFileKeepsTheUiThreadFree() throws Exception {
		IProject project = Workbench.examples("typing-latency");
		String text = largePlatform(310);
		IFile file = project.getFile("large.avp");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		Workbench.waitForBuild();
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		AvpDocumentSync sync = Workbench.sync(editor);
		int lines = document.getNumberOfLines();
		assertTrue("about 10,000 lines: " + lines, lines >= 9_500);

		// a user typing a comment in the middle of the file, one character every 30 ms
		int at = document.getLineOffset(lines / 2);
		String typed = "// typed while the platform is validated ";
		List<Long> uiNanos = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			for (char c : typed.toCharArray()) {
				long start = System.nanoTime();
				document.replace(at, 0, String.valueOf(c));
				uiNanos.add(System.nanoTime() - start);
				at++;
				Workbench.settle(30);
			}
			document.replace(at, 0, "\n");
			at++;
		}
		long lastKey = System.nanoTime();
		Workbench.waitUntil("findings of the final text", 120, sync::isUpToDate);
		long upToDateMillis = (System.nanoTime() - lastKey) / 1_000_000;

		// a quiet document: one keystroke, then wait for its findings
		List<Long> singleMillis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			document.replace(at, 0, " ");
			Workbench.waitUntil("findings after one keystroke", 120, sync::isUpToDate);
			singleMillis.add((System.nanoTime() - start) / 1_000_000);
			at++;
		}

		Collections.sort(uiNanos);
		Collections.sort(singleMillis);
		double median = uiNanos.get(uiNanos.size() / 2) / 1e6;
		double p95 = uiNanos.get(uiNanos.size() * 95 / 100) / 1e6;
		double max = uiNanos.get(uiNanos.size() - 1) / 1e6;
		String report = String.format("typing into a %,d-line .avp file (%,d keystrokes, 30 ms apart)%n"
				+ "UI thread per keystroke: median %.2f ms, p95 %.2f ms, max %.2f ms%n"
				+ "findings up to date %d ms after the last keystroke of a burst%n"
				+ "single keystroke to up-to-date findings: median %d ms (min %d, max %d)%n", lines, uiNanos.size(), median, p95, max,
				upToDateMillis, singleMillis.get(singleMillis.size() / 2), singleMillis.get(0), singleMillis.get(singleMillis.size() - 1));
		System.out.println(report);
		File out = new File("target/typing-latency.txt");
		Files.writeString(out.toPath(), report);
		assertEquals("the typed text is in the document", 3, document.get().split("// typed while", -1).length - 1);
		Screenshots.take(editor.getSite().getShell(), "editor-10k-lines");
		editor.doRevertToSaved();
	}
}
