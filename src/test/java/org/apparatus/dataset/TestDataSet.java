package org.apparatus.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small data set written file by file for a test: a valid two-tier province to start
 * from, whose files a test replaces or breaks on purpose.
 */
public final class TestDataSet {

	private final Map<DataSetFile, String> files = new EnumMap<>(DataSetFile.class);

	public static TestDataSet smallProvince() {
		var set = new TestDataSet();
		set.put(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code
				P,Tỉnh Thử,Test Province,PROVINCE,
				P.D,Huyện Một,District One,DISTRICT,P
				P.D.C,Xã Một,Commune One,COMMUNE,P.D
				""");
		set.put(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				FIN,Tài chính,Finance,,01.1
				FIN.BUDGET,Ngân sách,Budget,FIN,
				ENV,Tài nguyên và môi trường,Environment,,05
				ENV.LAND,Đất đai,Land,ENV,
				""");
		set.put(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				L1,LAW,83/2015/QH13,Luật Ngân sách nhà nước,Quốc hội,2015-06-25,2017-01-01,
				D1,DECREE,24/2014/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2014-04-04,2014-05-20,2025-03-01
				""");
		set.put(DataSetFile.AGENCIES,
				"""
						code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
						UB,Ủy ban nhân dân tỉnh,People's Committee,STATE,PEOPLES_COMMITTEE,P,ACTIVE,
						STC,Sở Tài chính,Department of Finance,STATE,DEPARTMENT,P,ACTIVE,50
						STNMT,Sở Tài nguyên và Môi trường,Department of Natural Resources and Environment,STATE,DEPARTMENT,P,ACTIVE,48
						XA,Ủy ban nhân dân xã Một,Commune People's Committee,STATE,PEOPLES_COMMITTEE,P.D.C,ACTIVE,21
						""");
		set.put(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line
				STC,UB,ADMINISTRATIVE
				STNMT,UB,ADMINISTRATIVE
				""");
		set.put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				STC,FIN.BUDGET,LEAD,L1,Điều 5
				STC,FIN.BUDGET,LEAD,D1,
				STNMT,ENV.LAND,LEAD,D1,Điều 2
				XA,FIN.BUDGET,LEAD,,
				UB,FIN.BUDGET,DECIDE,L1,
				""");
		set.put(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,mandate_code
				FIN.BUDGET,PROVINCE,L1
				FIN.BUDGET,COMMUNE,L1
				""");
		return set;
	}

	/**
	 * A province through the 2025 reform with its change events (domain.md §8.2), each
	 * consistent with the periods: on 1 March departments SA and SB merge into SAB
	 * (decree M-45) and SC is renamed; on 1 May task H goes from SC to SAB; on 1 July the
	 * district level ends (D into P), province Q merges into P and the district's
	 * committee is dissolved (decree M-150). The events are in export's order: by day,
	 * then code.
	 */
	public static TestDataSet reformWithEvents() {
		var set = new TestDataSet();
		set.put(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code,valid_from,valid_to
				P,Tỉnh Thử,Test Province,PROVINCE,,,
				Q,Tỉnh Khác,Other Province,PROVINCE,,,2025-07-01
				D,Huyện Một,District One,DISTRICT,P,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,D,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,P,2025-07-01,
				""");
		set.put(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				G,Nhiệm vụ G,Task G,,
				H,Lĩnh vực H,Domain H,,
				H.T,Nhiệm vụ H.T,Task H.T,H,
				""");
		set.put(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M-LAW,LAW,1/2015/QH13,Luật thử,Quốc hội,2015-01-01,2015-01-01,
				M-45,DECREE,45/2025/NĐ-CP,Nghị định hợp nhất,Chính phủ,2025-02-28,2025-03-01,
				M-150,DECREE,150/2025/NĐ-CP,Nghị định hai cấp,Chính phủ,2025-06-12,2025-07-01,
				""");
		set.put(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
				P_UBND,Ủy ban nhân dân tỉnh,Provincial People's Committee,STATE,PEOPLES_COMMITTEE,P,ACTIVE,,,
				SA,Sở A,Department A,STATE,DEPARTMENT,P,ACTIVE,30,,2025-03-01
				SB,Sở B,Department B,STATE,DEPARTMENT,P,ACTIVE,20,,2025-03-01
				SB,Sở B,Department B,STATE,DEPARTMENT,P,MERGED,,2025-03-01,
				SAB,Sở A-B,Department A-B,STATE,DEPARTMENT,P,ACTIVE,50,2025-03-01,
				SC,Sở C,Department C,STATE,DEPARTMENT,P,ACTIVE,10,,2025-03-01
				SC,Sở C mới,New Department C,STATE,DEPARTMENT,P,ACTIVE,10,2025-03-01,
				D_UBND,Ủy ban nhân dân huyện,District People's Committee,STATE,PEOPLES_COMMITTEE,D,ACTIVE,,,2025-07-01
				C1_UBND,Ủy ban nhân dân xã Một,Commune One People's Committee,STATE,PEOPLES_COMMITTEE,C1,ACTIVE,,,
				""");
		set.put(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line,valid_from,valid_to
				SA,P_UBND,ADMINISTRATIVE,,2025-03-01
				SB,P_UBND,ADMINISTRATIVE,,2025-03-01
				SAB,P_UBND,ADMINISTRATIVE,2025-03-01,
				SC,P_UBND,ADMINISTRATIVE,,
				D_UBND,P_UBND,ADMINISTRATIVE,,2025-07-01
				C1_UBND,D_UBND,ADMINISTRATIVE,,2025-07-01
				C1_UBND,P_UBND,ADMINISTRATIVE,2025-07-01,
				""");
		set.put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article,valid_from,valid_to
				SA,G,LEAD,M-LAW,,,2025-03-01
				SB,G,LEAD,M-LAW,,,2025-03-01
				SAB,G,LEAD,M-45,,2025-03-01,
				SC,H.T,LEAD,M-LAW,,,2025-05-01
				SAB,H.T,LEAD,M-LAW,,2025-05-01,
				""");
		set.put(DataSetFile.CHANGES, """
				code,date,kind,from_codes,to_codes,function_codes,mandate_code,note
				EV_2025_03_01_SAB,2025-03-01,MERGE,SA;SB,SAB,,M-45,Sở A và Sở B hợp nhất thành Sở A-B
				EV_2025_03_01_SC,2025-03-01,RENAME,SC,,,M-45,
				EV_2025_05_01_H,2025-05-01,TRANSFER,SC,SAB,H,,"Nhiệm vụ H chuyển sang Sở A-B, theo quyết định"
				EV_2025_07_01_D,2025-07-01,LEVEL_ABOLISHED,D,P,,M-150,Kết thúc cấp huyện
				EV_2025_07_01_DU,2025-07-01,DISSOLVE,D_UBND,,,M-150,
				EV_2025_07_01_Q,2025-07-01,UNIT_MERGE,Q,P,,M-150,
				""");
		return set;
	}

	public static TestDataSet of(DataSetFile file, String content) {
		var set = new TestDataSet();
		set.put(file, content);
		return set;
	}

	public TestDataSet put(DataSetFile file, String content) {
		this.files.put(file, content);
		return this;
	}

	public TestDataSet without(DataSetFile file) {
		this.files.remove(file);
		return this;
	}

	/** Appends a line to a file. */
	public TestDataSet append(DataSetFile file, String line) {
		this.files.merge(file, line + "\n", String::concat);
		return this;
	}

	public Path writeTo(Path folder) {
		try {
			Files.createDirectories(folder);
			for (var entry : this.files.entrySet()) {
				Files.writeString(folder.resolve(entry.getKey().fileName()), entry.getValue(), StandardCharsets.UTF_8);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The contents of every CSV file of a folder, by file name. */
	public static Map<String, String> read(Path folder) {
		try (Stream<Path> paths = Files.list(folder)) {
			Map<String, String> contents = new java.util.TreeMap<>();
			for (Path p : paths.filter(p -> p.toString().endsWith(".csv")).sorted(Comparator.naturalOrder()).toList()) {
				// The byte-order mark that export writes first is not part of the
				// content.
				String content = Files.readString(p, StandardCharsets.UTF_8);
				contents.put(p.getFileName().toString(), content.startsWith("\uFEFF") ? content.substring(1) : content);
			}
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
