import { idsOf } from './ids';

/** A statute, regulation or public guidance that a decision's legal note rests on. */
export interface LegalSource {
  /** The official title, as the publisher gives it: "Bribery Act 2010". */
  title: string;
  /** Who publishes or enacts it: "UK Parliament", "US Department of Justice". */
  publisher: string;
  /** Where the public can read it; left out when no official text is free to read. */
  url?: string;
}

/**
 * Every source a legal note may name, by id. A decision lists the ids under
 * `sources`; editors add a source here, with its official address, before a
 * note cites it, so one law is named and linked the same way everywhere.
 */
const SOURCES = {
  'ae-federal-decree-law-10-2025': {
    title: 'Federal Decree-Law No. 10 of 2025 on anti-money laundering and combating the financing of terrorism',
    publisher: 'United Arab Emirates Government',
  },
  'ae-federal-decree-law-20-2018': {
    title:
      'Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering and Combating the Financing of Terrorism and Financing of Illegal Organisations',
    publisher: 'United Arab Emirates Government',
  },
  'ae-moe-real-estate-cash-reporting-circular-2022': {
    title: 'Ministry of Economy circular on Real Estate Activity Reports for cash purchases (2022)',
    publisher: 'UAE Ministry of Economy',
  },
  'au-accc-online-reviews': {
    title: 'Online product and service reviews',
    publisher: 'Australian Competition and Consumer Commission',
    url: 'https://www.accc.gov.au/business/advertising-and-promotions/online-product-and-service-reviews',
  },
  'au-ahrc-positive-duty-guidelines': {
    title: 'Guidelines for Complying with the Positive Duty under the Sex Discrimination Act 1984 (Cth)',
    publisher: 'Australian Human Rights Commission',
  },
  'au-australian-consumer-law': {
    title: 'Competition and Consumer Act 2010, Schedule 2 (Australian Consumer Law)',
    publisher: 'Parliament of Australia',
    url: 'https://www.legislation.gov.au/C2004A00109/latest/text',
  },
  'au-fair-work-act-2009': {
    title: 'Fair Work Act 2009',
    publisher: 'Parliament of Australia',
  },
  'au-sex-discrimination-act-1984': {
    title: 'Sex Discrimination Act 1984',
    publisher: 'Parliament of Australia',
  },
  'au-vic-equal-opportunity-act-2010': {
    title: 'Equal Opportunity Act 2010 (Vic)',
    publisher: 'Parliament of Victoria',
  },
  'br-clean-company-act-12846-2013': {
    title: 'Lei nº 12.846, de 1º de agosto de 2013 (Clean Company Act)',
    publisher: 'Presidência da República (Brazil)',
    url: 'https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2013/lei/l12846.htm',
  },
  'br-penal-code': {
    title: 'Decreto-Lei nº 2.848, de 7 de dezembro de 1940 (Código Penal)',
    publisher: 'Presidência da República (Brazil)',
    url: 'https://www.planalto.gov.br/ccivil_03/decreto-lei/del2848compilado.htm',
  },
  'br-public-procurement-law-14133-2021': {
    title: 'Lei nº 14.133, de 1º de abril de 2021 (Lei de Licitações e Contratos Administrativos)',
    publisher: 'Presidência da República (Brazil)',
    url: 'https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/l14133.htm',
  },
  'ca-competition-act': {
    title: 'Competition Act (R.S.C. 1985, c. C-34)',
    publisher: 'Parliament of Canada',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/C-34/',
  },
  'ca-immigration-and-refugee-protection-act': {
    title: 'Immigration and Refugee Protection Act (S.C. 2001, c. 27)',
    publisher: 'Parliament of Canada',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/',
  },
  'ca-immigration-and-refugee-protection-regulations': {
    title: 'Immigration and Refugee Protection Regulations (SOR/2002-227)',
    publisher: 'Government of Canada',
    url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  },
  'ca-ni-52-109': {
    title: "National Instrument 52-109 Certification of Disclosure in Issuers' Annual and Interim Filings",
    publisher: 'Canadian Securities Administrators',
  },
  'ca-r-v-ron-engineering-1981': {
    title: 'R. v. Ron Engineering & Construction (Eastern) Ltd., [1981] 1 S.C.R. 111',
    publisher: 'Supreme Court of Canada',
  },
  'de-awg': {
    title: 'Außenwirtschaftsgesetz (Foreign Trade and Payments Act)',
    publisher: 'Bundesministerium der Justiz (Germany)',
    url: 'https://www.gesetze-im-internet.de/awg_2013/',
  },
  'de-gwb': {
    title: 'Gesetz gegen Wettbewerbsbeschränkungen (Act against Restraints of Competition)',
    publisher: 'Bundesministerium der Justiz (Germany)',
    url: 'https://www.gesetze-im-internet.de/gwb/',
  },
  'de-stgb-section-201': {
    title: 'Strafgesetzbuch § 201: Verletzung der Vertraulichkeit des Wortes (Criminal Code, section 201)',
    publisher: 'Bundesministerium der Justiz (Germany)',
    url: 'https://www.gesetze-im-internet.de/stgb/__201.html',
  },
  'de-uwg-section-7': {
    title: 'Gesetz gegen den unlauteren Wettbewerb § 7: Unzumutbare Belästigungen (Unfair Competition Act, section 7)',
    publisher: 'Bundesministerium der Justiz (Germany)',
    url: 'https://www.gesetze-im-internet.de/uwg_2004/__7.html',
  },
  'es-criminal-code': {
    title: 'Ley Orgánica 10/1995, de 23 de noviembre, del Código Penal',
    publisher: 'Boletín Oficial del Estado (Spain)',
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444',
  },
  'es-organic-law-3-2007-equality': {
    title: 'Ley Orgánica 3/2007, de 22 de marzo, para la igualdad efectiva de mujeres y hombres',
    publisher: 'Boletín Oficial del Estado (Spain)',
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2007-6115',
  },
  'es-prevention-of-occupational-risks-law-31-1995': {
    title: 'Ley 31/1995, de 8 de noviembre, de Prevención de Riesgos Laborales',
    publisher: 'Boletín Oficial del Estado (Spain)',
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-1995-24292',
  },
  'eu-case-c-204-00-aalborg-portland': {
    title: 'Aalborg Portland and Others v Commission, Joined Cases C-204/00 P and others (2004)',
    publisher: 'Court of Justice of the European Union',
  },
  'eu-case-c-550-07-akzo-nobel': {
    title: 'Akzo Nobel Chemicals and Akcros Chemicals v Commission, Case C-550/07 P (2010)',
    publisher: 'Court of Justice of the European Union',
  },
  'eu-case-c-8-08-t-mobile-netherlands': {
    title: 'T-Mobile Netherlands and Others, Case C-8/08 (2009)',
    publisher: 'Court of Justice of the European Union',
  },
  'eu-commission-leniency-notice-2006': {
    title: 'Commission Notice on Immunity from fines and reduction of fines in cartel cases (2006/C 298/11)',
    publisher: 'European Commission',
  },
  'eu-commission-sanctions-due-diligence-guidance': {
    title: 'Guidance for EU operators: Implementing enhanced due diligence to shield against Russia sanctions circumvention',
    publisher: 'European Commission',
  },
  'eu-directive-2014-24-public-procurement': {
    title: 'Directive 2014/24/EU on public procurement',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj',
  },
  'eu-directive-2024-825-green-transition': {
    title: 'Directive (EU) 2024/825 on empowering consumers for the green transition',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/dir/2024/825/oj',
  },
  'eu-dual-use-regulation-2021-821': {
    title: 'Regulation (EU) 2021/821 setting up a Union regime for the control of exports of dual-use items',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/reg/2021/821/oj',
  },
  'eu-gdpr': {
    title: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'eu-product-liability-directive-85-374': {
    title: 'Council Directive 85/374/EEC on liability for defective products',
    publisher: 'Council of the European Communities',
    url: 'https://eur-lex.europa.eu/eli/dir/1985/374/oj',
  },
  'eu-regulation-833-2014-russia-sanctions': {
    title:
      "Council Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia's actions destabilising the situation in Ukraine",
    publisher: 'Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/reg/2014/833/oj',
  },
  'eu-tfeu-article-101': {
    title: 'Treaty on the Functioning of the European Union, Article 101',
    publisher: 'European Union',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E101',
  },
  'eu-type-approval-regulation-2018-858': {
    title: 'Regulation (EU) 2018/858 on the approval and market surveillance of motor vehicles',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/reg/2018/858/oj',
  },
  'eu-whistleblowing-directive-2019-1937': {
    title: 'Directive (EU) 2019/1937 on the protection of persons who report breaches of Union law',
    publisher: 'European Parliament and Council of the EU',
    url: 'https://eur-lex.europa.eu/eli/dir/2019/1937/oj',
  },
  'fr-agec-law-2020': {
    title: "Loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie circulaire (AGEC)",
    publisher: 'République française (Légifrance)',
  },
  'fr-climate-and-resilience-law-2021': {
    title:
      'Loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets',
    publisher: 'République française (Légifrance)',
  },
  'fr-consumer-code': {
    title: 'Code de la consommation (articles L121-1 to L121-5, misleading commercial practices)',
    publisher: 'République française (Légifrance)',
  },
  'fr-decree-2022-539': {
    title:
      'Décret n° 2022-539 du 13 avril 2022 relatif à la compensation carbone et aux allégations de neutralité carbone dans la publicité',
    publisher: 'République française (Légifrance)',
  },
  'ie-companies-act-2014': {
    title: 'Companies Act 2014',
    publisher: 'Oireachtas (Ireland)',
    url: 'https://www.irishstatutebook.ie/eli/2014/act/38/enacted/en/html',
  },
  'ie-data-protection-act-2018': {
    title: 'Data Protection Act 2018',
    publisher: 'Oireachtas (Ireland)',
    url: 'https://www.irishstatutebook.ie/eli/2018/act/7/enacted/en/html',
  },
  'in-ccpa-dark-patterns-self-audit-advisory-2025': {
    title: 'Advisory to e-commerce platforms on self-audit for dark patterns (June 2025)',
    publisher: 'Central Consumer Protection Authority (India)',
  },
  'in-consumer-protection-act-2019': {
    title: 'Consumer Protection Act, 2019',
    publisher: 'Parliament of India',
  },
  'in-dark-patterns-guidelines-2023': {
    title: 'Guidelines for Prevention and Regulation of Dark Patterns, 2023',
    publisher: 'Central Consumer Protection Authority (India)',
  },
  'intl-ias-8': {
    title: 'IAS 8 Accounting Policies, Changes in Accounting Estimates and Errors',
    publisher: 'IFRS Foundation (IASB)',
    url: 'https://www.ifrs.org/issued-standards/list-of-standards/ias-8-accounting-policies-changes-in-accounting-estimates-and-errors/',
  },
  'intl-ifrs-15': {
    title: 'IFRS 15 Revenue from Contracts with Customers',
    publisher: 'IFRS Foundation (IASB)',
    url: 'https://www.ifrs.org/issued-standards/list-of-standards/ifrs-15-revenue-from-contracts-with-customers/',
  },
  'intl-ilo-c190': {
    title: 'Violence and Harassment Convention, 2019 (No. 190)',
    publisher: 'International Labour Organization',
  },
  'it-consumer-code': {
    title: 'Decreto Legislativo 6 settembre 2005, n. 206 (Codice del consumo)',
    publisher: 'Repubblica Italiana',
  },
  'it-criminal-code': {
    title: "Codice penale (article 515, frode nell'esercizio del commercio)",
    publisher: 'Repubblica Italiana',
  },
  'it-legislative-decree-231-2001': {
    title: 'Decreto Legislativo 8 giugno 2001, n. 231 (administrative liability of companies)',
    publisher: 'Repubblica Italiana',
  },
  'it-legislative-decree-24-2023': {
    title: 'Decreto Legislativo 10 marzo 2023, n. 24 (whistleblowing)',
    publisher: 'Repubblica Italiana',
  },
  'jp-comprehensive-labour-policy-promotion-act': {
    title: 'Act on the Comprehensive Promotion of Labor Policies (article 9, age limits in recruitment)',
    publisher: 'National Diet of Japan',
  },
  'jp-employment-security-act': {
    title: 'Employment Security Act',
    publisher: 'National Diet of Japan',
  },
  'jp-equal-employment-opportunity-act': {
    title: 'Act on Equal Opportunity and Treatment between Men and Women in Employment (Act No. 113 of 1972)',
    publisher: 'National Diet of Japan',
    url: 'https://www.japaneselawtranslation.go.jp/ja/laws/view/4190/en',
  },
  'ke-bribery-act-2016': {
    title: 'Bribery Act, 2016 (No. 47 of 2016)',
    publisher: 'Parliament of Kenya',
  },
  'ke-defamation-act': {
    title: 'Defamation Act (Cap. 36)',
    publisher: 'Parliament of Kenya',
  },
  'mx-federal-civil-code': {
    title: 'Código Civil Federal (article 1796)',
    publisher: 'Cámara de Diputados (Mexico)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CCF.pdf',
  },
  'ng-advertising-regulatory-council-act-2022': {
    title: 'Advertising Regulatory Council of Nigeria Act, 2022',
    publisher: 'National Assembly of Nigeria',
  },
  'ng-fccpa-2018': {
    title: 'Federal Competition and Consumer Protection Act, 2018',
    publisher: 'National Assembly of Nigeria',
  },
  'nl-aanbestedingswet-2012': {
    title: 'Aanbestedingswet 2012 (Public Procurement Act 2012)',
    publisher: 'Overheid.nl (Netherlands)',
    url: 'https://wetten.overheid.nl/BWBR0032203/',
  },
  'pl-collective-entities-liability-act-2002': {
    title: 'Ustawa z dnia 28 października 2002 r. o odpowiedzialności podmiotów zbiorowych za czyny zabronione pod groźbą kary',
    publisher: 'Sejm of the Republic of Poland',
  },
  'pl-criminal-code': {
    title: 'Ustawa z dnia 6 czerwca 1997 r. Kodeks karny (article 296a)',
    publisher: 'Sejm of the Republic of Poland',
  },
  'se-discrimination-act-2008-567': {
    title: 'Diskrimineringslag (2008:567) (Discrimination Act)',
    publisher: 'Sveriges riksdag',
    url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/diskrimineringslag-2008567_sfs-2008-567/',
  },
  'se-employment-protection-act-1982-80': {
    title: 'Lag (1982:80) om anställningsskydd (Employment Protection Act)',
    publisher: 'Sveriges riksdag',
    url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-198280-om-anstallningsskydd_sfs-1982-80/',
  },
  'sg-i-admin-v-hong-ying-ting-2020': {
    title: 'I-Admin (Singapore) Pte Ltd v Hong Ying Ting [2020] SGCA 32',
    publisher: 'Court of Appeal of Singapore',
  },
  'sg-personal-data-protection-act-2012': {
    title: 'Personal Data Protection Act 2012',
    publisher: 'Parliament of Singapore',
    url: 'https://sso.agc.gov.sg/Act/PDPA2012',
  },
  'sg-securities-and-futures-act-2001': {
    title: 'Securities and Futures Act 2001',
    publisher: 'Parliament of Singapore',
    url: 'https://sso.agc.gov.sg/Act/SFA2001',
  },
  'uk-abpi-code-of-practice': {
    title: 'ABPI Code of Practice for the Pharmaceutical Industry',
    publisher: 'Prescription Medicines Code of Practice Authority (ABPI)',
    url: 'https://www.pmcpa.org.uk/the-code/',
  },
  'uk-acas-code-disciplinary-grievance': {
    title: 'Acas Code of Practice on disciplinary and grievance procedures',
    publisher: 'Acas',
    url: 'https://www.acas.org.uk/acas-code-of-practice-on-disciplinary-and-grievance-procedures',
  },
  'uk-bribery-act-2010': {
    title: 'Bribery Act 2010',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2010/23/contents',
  },
  'uk-business-protection-from-misleading-marketing-regulations-2008': {
    title: 'The Business Protection from Misleading Marketing Regulations 2008',
    publisher: 'UK Government',
    url: 'https://www.legislation.gov.uk/uksi/2008/1276',
  },
  'uk-competition-act-1998': {
    title: 'Competition Act 1998',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1998/41/contents',
  },
  'uk-consumer-contracts-regulations-2013': {
    title: 'The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013',
    publisher: 'UK Government',
    url: 'https://www.legislation.gov.uk/uksi/2013/3134/contents',
  },
  'uk-consumer-credit-act-1974': {
    title: 'Consumer Credit Act 1974',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1974/39/contents',
  },
  'uk-data-protection-act-2018': {
    title: 'Data Protection Act 2018',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
  },
  'uk-defamation-act-2013': {
    title: 'Defamation Act 2013',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2013/26/contents',
  },
  'uk-edgington-v-fitzmaurice-1885': {
    title: 'Edgington v Fitzmaurice (1885) 29 Ch D 459',
    publisher: 'Court of Appeal of England and Wales',
  },
  'uk-employment-relations-act-1999': {
    title: 'Employment Relations Act 1999, section 10 (right to be accompanied)',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1999/26/section/10',
  },
  'uk-employment-rights-act-1996': {
    title: 'Employment Rights Act 1996',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1996/18/contents',
  },
  'uk-faccenda-chicken-v-fowler-1986': {
    title: 'Faccenda Chicken Ltd v Fowler [1987] Ch 117',
    publisher: 'Court of Appeal of England and Wales',
  },
  'uk-fca-cocon': {
    title: 'Code of Conduct sourcebook (COCON)',
    publisher: 'Financial Conduct Authority',
    url: 'https://www.handbook.fca.org.uk/handbook/COCON/',
  },
  'uk-fca-conc': {
    title: 'Consumer Credit sourcebook (CONC)',
    publisher: 'Financial Conduct Authority',
    url: 'https://www.handbook.fca.org.uk/handbook/CONC/',
  },
  'uk-fca-consumer-duty': {
    title: 'Consumer Duty (PRIN 2A)',
    publisher: 'Financial Conduct Authority',
    url: 'https://www.fca.org.uk/firms/consumer-duty',
  },
  'uk-fca-fg21-1-vulnerable-customers': {
    title: 'FG21/1: Guidance for firms on the fair treatment of vulnerable customers',
    publisher: 'Financial Conduct Authority',
    url: 'https://www.fca.org.uk/publications/finalised-guidance/guidance-firms-fair-treatment-vulnerable-customers',
  },
  'uk-fraud-act-2006': {
    title: 'Fraud Act 2006',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2006/35/contents',
  },
  'uk-freeman-and-lockyer-v-buckhurst-park-1964': {
    title: 'Freeman & Lockyer v Buckhurst Park Properties (Mangal) Ltd [1964] 2 QB 480',
    publisher: 'Court of Appeal of England and Wales',
  },
  'uk-gdpr': {
    title: 'UK GDPR (Regulation (EU) 2016/679 as retained in UK law)',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/eur/2016/679/contents',
  },
  'uk-hopcraft-v-close-brothers-2025': {
    title: 'Hopcraft v Close Brothers Ltd; Johnson v FirstRand Bank Ltd [2025] UKSC 33',
    publisher: 'UK Supreme Court',
    url: 'https://supremecourt.uk/cases/press-summary/uksc-2024-0157',
  },
  'uk-horrocks-v-lowe-1975': {
    title: 'Horrocks v Lowe [1975] AC 135',
    publisher: 'House of Lords',
  },
  'uk-human-medicines-regulations-2012': {
    title: 'The Human Medicines Regulations 2012',
    publisher: 'UK Government',
    url: 'https://www.legislation.gov.uk/uksi/2012/1916/contents',
  },
  'uk-johnson-v-firstrand-2024': {
    title: 'Johnson v FirstRand Bank Ltd [2024] EWCA Civ 1282',
    publisher: 'Court of Appeal of England and Wales',
  },
  'uk-local-government-act-1972': {
    title: 'Local Government Act 1972',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1972/70/contents',
  },
  'uk-misrepresentation-act-1967': {
    title: 'Misrepresentation Act 1967',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1967/7/contents',
  },
  'uk-moj-bribery-act-guidance': {
    title:
      'The Bribery Act 2010: guidance about procedures which relevant commercial organisations can put into place to prevent persons associated with them from bribing',
    publisher: 'Ministry of Justice',
    url: 'https://www.gov.uk/government/publications/bribery-act-2010-guidance',
  },
  'uk-ofcom-general-conditions': {
    title: 'General Conditions of Entitlement',
    publisher: 'Ofcom',
    url: 'https://www.ofcom.org.uk/phones-telecoms-and-internet/information-for-industry/telecoms-competition-regulation/general-conditions-of-entitlement',
  },
  'uk-procurement-act-2023': {
    title: 'Procurement Act 2023',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2023/54/contents',
  },
  'uk-scotland-defamation-and-malicious-publication-act-2021': {
    title: 'Defamation and Malicious Publication (Scotland) Act 2021',
    publisher: 'Scottish Parliament',
    url: 'https://www.legislation.gov.uk/asp/2021/10/contents',
  },
  'uk-theft-act-1968': {
    title: 'Theft Act 1968',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/1968/60/contents',
  },
  'uk-trade-secrets-regulations-2018': {
    title: 'The Trade Secrets (Enforcement, etc.) Regulations 2018',
    publisher: 'UK Government',
    url: 'https://www.legislation.gov.uk/uksi/2018/597/contents',
  },
  'uk-wood-v-commercial-first-2021': {
    title: 'Wood v Commercial First Business Ltd [2021] EWCA Civ 471',
    publisher: 'Court of Appeal of England and Wales',
  },
  'us-anti-kickback-statute': {
    title: 'Federal Anti-Kickback Statute (42 U.S.C. § 1320a-7b(b))',
    publisher: 'US Congress',
  },
  'us-asc-606': {
    title: 'ASC 606 Revenue from Contracts with Customers',
    publisher: 'Financial Accounting Standards Board',
  },
  'us-california-penal-code-632': {
    title: 'California Penal Code section 632 (eavesdropping on confidential communications)',
    publisher: 'California State Legislature',
  },
  'us-defend-trade-secrets-act': {
    title: 'Defend Trade Secrets Act of 2016 (18 U.S.C. § 1836 and following)',
    publisher: 'US Congress',
  },
  'us-doj-corporate-enforcement-policy': {
    title: 'Criminal Division Corporate Enforcement and Voluntary Self-Disclosure Policy',
    publisher: 'US Department of Justice',
  },
  'us-doj-fcpa-guidelines-2025': {
    title: 'Guidelines for Investigations and Enforcement of the Foreign Corrupt Practices Act (June 2025)',
    publisher: 'US Department of Justice',
  },
  'us-executive-order-14209': {
    title: 'Executive Order 14209: Pausing Foreign Corrupt Practices Act Enforcement To Further American Economic and National Security',
    publisher: 'The White House (Federal Register)',
    url: 'https://www.federalregister.gov/documents/2025/02/14/2025-02736/pausing-foreign-corrupt-practices-act-enforcement-to-further-american-economic-and-national-security',
  },
  'us-false-claims-act': {
    title: 'False Claims Act (31 U.S.C. §§ 3729–3733)',
    publisher: 'US Congress',
  },
  'us-fcpa': {
    title: 'Foreign Corrupt Practices Act',
    publisher: 'US Department of Justice',
    url: 'https://www.justice.gov/criminal/criminal-fraud/foreign-corrupt-practices-act',
  },
  'us-fcpa-resource-guide': {
    title: 'A Resource Guide to the U.S. Foreign Corrupt Practices Act (second edition)',
    publisher: 'US Department of Justice and Securities and Exchange Commission',
    url: 'https://www.justice.gov/criminal/criminal-fraud/fcpa-resource-guide',
  },
  'us-fda-scientific-information-unapproved-uses-guidance-2025': {
    title:
      'Communications From Firms to Health Care Providers Regarding Scientific Information on Unapproved Uses of Approved/Cleared Medical Products: Questions and Answers (January 2025)',
    publisher: 'US Food and Drug Administration',
  },
  'us-fda-unsolicited-requests-draft-guidance-2011': {
    title:
      'Responding to Unsolicited Requests for Off-Label Information About Prescription Drugs and Medical Devices (draft guidance, December 2011)',
    publisher: 'US Food and Drug Administration',
  },
  'us-fdca': {
    title: 'Federal Food, Drug, and Cosmetic Act',
    publisher: 'US Congress',
  },
  'us-federal-wiretap-act': {
    title: 'Wiretap Act (18 U.S.C. § 2511)',
    publisher: 'US Congress',
  },
  'us-ftc-act-section-5': {
    title: 'Federal Trade Commission Act, section 5 (15 U.S.C. § 45)',
    publisher: 'US Congress',
  },
  'us-ftc-v-southern-glazers': {
    title: "FTC v. Southern Glazer's Wine and Spirits, LLC",
    publisher: 'Federal Trade Commission',
    url: 'https://www.ftc.gov/legal-library/browse/cases-proceedings/2110155-southern-glazers-wine-spirits-llc-ftc-v',
  },
  'us-hhs-oig-corporate-integrity-agreements': {
    title: 'Corporate Integrity Agreements',
    publisher: 'HHS Office of Inspector General',
  },
  'us-interagency-third-party-risk-guidance-2023': {
    title: 'Interagency Guidance on Third-Party Relationships: Risk Management (2023)',
    publisher: 'Federal Reserve Board, FDIC and OCC',
  },
  'us-naic-producer-licensing-model-act': {
    title: 'Producer Licensing Model Act (Model 218)',
    publisher: 'National Association of Insurance Commissioners',
  },
  'us-phrma-code': {
    title: 'PhRMA Code on Interactions with Health Care Professionals',
    publisher: 'Pharmaceutical Research and Manufacturers of America',
  },
  'us-regulation-fd': {
    title: 'Regulation FD (Fair Disclosure), 17 CFR Part 243',
    publisher: 'US Securities and Exchange Commission',
  },
  'us-restatement-second-contracts': {
    title: 'Restatement (Second) of Contracts',
    publisher: 'American Law Institute',
  },
  'us-restatement-second-torts': {
    title: 'Restatement (Second) of Torts',
    publisher: 'American Law Institute',
  },
  'us-restatement-third-agency': {
    title: 'Restatement (Third) of Agency',
    publisher: 'American Law Institute',
  },
  'us-robinson-patman-act': {
    title: 'Robinson-Patman Act (15 U.S.C. § 13)',
    publisher: 'US Congress',
  },
  'us-sec-rule-10b-5': {
    title: 'Rule 10b-5: Employment of manipulative and deceptive devices (17 CFR 240.10b-5)',
    publisher: 'US Securities and Exchange Commission',
  },
  'us-sec-rule-13b2-1': {
    title: 'Rule 13b2-1: Falsification of accounting records (17 CFR 240.13b2-1)',
    publisher: 'US Securities and Exchange Commission',
  },
  'us-sec-staff-accounting-bulletin-99': {
    title: 'Staff Accounting Bulletin No. 99: Materiality',
    publisher: 'US Securities and Exchange Commission',
  },
  'us-uniform-trade-secrets-act': {
    title: 'Uniform Trade Secrets Act',
    publisher: 'Uniform Law Commission',
  },
  'za-competition-act-1998': {
    title: 'Competition Act 89 of 1998',
    publisher: 'Parliament of South Africa',
  },
  'za-competition-commission-leniency-policy': {
    title: 'Corporate Leniency Policy',
    publisher: 'Competition Commission of South Africa',
  },
} as const satisfies Record<string, LegalSource>;

export type LegalSourceId = keyof typeof SOURCES;
/** Read as plain sources, so a caller can ask any entry for its `url`. */
export const LEGAL_SOURCES: Readonly<Record<LegalSourceId, LegalSource>> = SOURCES;
export const LEGAL_SOURCE_IDS = idsOf(LEGAL_SOURCES);

/** A decision's source ids as readers see them: title, publisher and address, in the order the decision lists them. */
export const legalSources = (ids: readonly LegalSourceId[]): LegalSource[] => ids.map((id) => ({ ...LEGAL_SOURCES[id] }));
