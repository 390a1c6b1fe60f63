# data: the bundled sample corpus, installed to $(pkgdatadir)/samples.
samplesdir = $(pkgdatadir)/samples
dist_samples_DATA = \
	data/samples/2014-09-05-minsk-protocol-truce.txt \
	data/samples/2015-02-12-minsk-ii-package.txt \
	data/samples/2019-12-09-normandy-summit-paris.md \
	data/samples/2022-03-07-kyiv-corridors-mariupol.txt \
	data/samples/2022-03-29-istanbul-talks-neutrality.txt \
	data/samples/2022-07-22-black-sea-grain-deal.txt \
	data/samples/2023-06-19-african-peace-mission.txt \
	data/samples/2023-07-12-vilnius-nato-summit.txt \
	data/samples/2024-06-16-burgenstock-peace-summit.txt \
	data/samples/2025-03-11-jeddah-ceasefire-proposal.txt \
	data/samples/2025-05-16-stambul-pryamye-peregovory.txt \
	data/samples/2025-08-15-alaska-summit-anchorage.txt \
	data/samples/2025-11-23-zheneva-myrnyi-plan.txt
