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
				contents.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
			}
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
