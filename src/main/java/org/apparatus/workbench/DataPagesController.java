package org.apparatus.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetArchive;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetTemplate;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.dataset.ImportResult;
import org.apparatus.dataset.InvalidDataSetException;
import org.apparatus.dataset.UploadedDataSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data sets in the workbench: editors upload one (a ZIP of the CSV files or the XLSX
 * workbook) and see either every problem, by file, line and column, with nothing written,
 * or what the import wrote; everyone signed in may download the XLSX template and the
 * current data set as a ZIP of the CSV files or as a workbook. The import is the command
 * line's: all or nothing.
 */
@Controller
class DataPagesController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DataSetService dataSets;

	DataPagesController(DataSetService dataSets) {
		this.dataSets = dataSets;
	}

	@GetMapping("/data")
	String data() {
		return "workbench/data";
	}

	@GetMapping("/data/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("apparatus-data-set.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(DataSetTemplate.write());
	}

	/**
	 * The whole record as a data set, as the command line's {@code export} writes it to a
	 * {@code .zip} or {@code .xlsx} file.
	 */
	@GetMapping("/data/export.{form}")
	ResponseEntity<byte[]> export(@PathVariable String form) {
		DataSetArchive archive = DataSetArchive.of(Path.of("export." + form));
		if (archive == null) {
			return ResponseEntity.notFound().build();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.dataSets.exportTo(out, archive, null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(archive.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("apparatus-" + LocalDate.now() + "." + archive.extension(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out.toByteArray());
	}

	@PostMapping("/data/upload")
	String upload(@ModelAttribute("scope") Scope scope, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String reason, Principal user, Model model, HttpServletResponse response)
			throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename();
		model.addAttribute("uploaded", name);
		try {
			UploadedDataSet source = UploadedDataSet.read(name, file.getBytes());
			ImportResult result = this.dataSets.importFrom(source, ImportProgress.NONE,
					new Attribution(user.getName(), reason.isBlank() ? null : reason.strip()));
			model.addAttribute("result", result);
		}
		catch (InvalidDataSetException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
		}
		return "workbench/data";
	}

}
