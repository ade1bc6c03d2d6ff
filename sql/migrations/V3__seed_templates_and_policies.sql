-- Seed checklist templates (version 1) and handover policies.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode): plain INSERT ... VALUES / INSERT ... SELECT,
-- literal timestamps, no vendor functions, no backslash escapes.
-- template_section.prompts holds one suggested item per line (real newlines inside the literal, so prompt
-- lines start at column 0 on purpose).
-- handover_policy.body is the JSON of dev.baton.bot.policy.HandoverPolicy; "note" says where each number
-- comes from and which numbers are our own assumptions.
-- Sources: 石嘴山 (2025-07 report), 莆田 城厢区凤凰山街道 (2025-06 report), 武夷山/南平 交业继责 (report),
-- 泾县 实施意见 (7 个工作日), the essay 切实做好领导交接 (7-15 天), and the proposed default of the domain notes.

-- ================================================================ templates
INSERT INTO checklist_template (code, version, name, created_at) VALUES
  ('default', 1, '默认离任交接清单', '2026-11-22 00:00:00.000'),
  ('township', 1, '乡镇（街道）党政正职交接清单', '2026-11-22 00:00:00.000'),
  ('shizuishan', 1, '石嘴山市领导干部离任交接（五大领域）', '2026-11-22 00:00:00.000'),
  ('putian', 1, '莆田市街道党政正职离任交接清单（五大模块）', '2026-11-22 00:00:00.000'),
  ('wuyishan', 1, '武夷山交业继责事项清单（四交四继）', '2026-11-22 00:00:00.000');

-- ---------------------------------------------------------------- default: the proposed default checklist
INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 1, 'key_work', '重点工作', 'Key work',
'上级重大决策部署落实情况
任期目标和年度计划推进情况
在建项目进度（工程概况、投资、进度、决算和工程款结算）
已决策但尚未实施的事项
已谋划但尚未启动的工作
重大项目和招商引资进展
工作思路和发展规划', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 2, 'economic', '经济事项（财务资产）', 'Economic matters (finance and assets)',
'财政财务收支、预算外收入及资金结余或超支
银行账户及余额
债权债务（含账外、应付未付款项）
政府性债务的举借、使用、偿还和风险管控
固定资产和国有资产
合同协议（承包、租赁、合作、抵押、担保、投资、集资）
重大经济决策（“三重一大”）执行情况
专项资金管理使用情况
未决经济纠纷和诉讼', TRUE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 3, 'party_building', '党建', 'Party building',
'全面从严治党主体责任落实情况
党风廉政建设责任制落实情况
意识形态工作责任制落实情况
基层党组织建设和换届准备
党员发展、教育和管理', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 4, 'personnel', '干部人事', 'Cadres and personnel',
'机构设置、编制和领导职数
人员名册和岗位分工
干部选拔任用、考核中的待办事项
人才队伍和重点关注人员（党员、人才、困难群体）', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 5, 'rectification', '巡视巡察整改', 'Inspection findings and rectification',
'巡视巡察反馈问题中尚未完成整改的事项
审计查出问题的整改情况
其他督查检查发现问题的整改情况
每项整改的责任人和完成时限', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 6, 'petitions', '信访稳定', 'Petitions and stability',
'未结信访案件及化解进展
重点信访人员和群体的情况
矛盾纠纷排查调处情况
社会稳定和舆情风险及应对预案', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 7, 'legacy_risk', '历史遗留问题与风险隐患', 'Legacy issues and risks',
'历史遗留问题（征地拆迁、安置等）的来由和处置进展
安全生产隐患
重大风险隐患
债务纠纷等潜在风险
已采取的措施和下一步处置建议', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 8, 'personal_custody', '个人保管使用的公物公款', 'Public property and funds in personal custody',
'办公设备和交通工具
单位信用卡、印章和钥匙
个人借款和备用金
个人保管的文件、合同原件和资料
账号和系统权限', TRUE
FROM checklist_template WHERE code = 'default' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 9, 'other', '其他', 'Other matters',
'工作体会和注意事项
对外联络和关键联系人
其他需要说明的事项', FALSE
FROM checklist_template WHERE code = 'default' AND version = 1;

-- ---------------------------------------------------------------- township: the default plus stewardship of
-- heritage, forests and rivers (武夷山: 巡文护宝、巡山交树、巡河交水)
INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 1, 'key_work', '重点工作', 'Key work',
'上级重大决策部署落实情况
任期目标和年度计划推进情况
在建项目和民生项目进度（工程概况、投资、进度、决算和工程款结算）
已决策但尚未实施的事项
已谋划但尚未启动的工作
乡村振兴、产业发展和招商引资进展
工作思路和发展规划', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 2, 'economic', '经济事项（财务资产）', 'Economic matters (finance and assets)',
'财政财务收支及资金结余或超支
银行账户及余额
债权债务（含账外、应付未付款项）
政府性债务的举借、使用、偿还和风险管控
固定资产和国有资产
合同协议（承包、租赁、合作、抵押、担保、投资、集资）
重大经济决策（“三重一大”）执行情况
专项资金管理使用情况
村级集体“三资”（资金、资产、资源）管理情况', TRUE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 3, 'party_building', '党建', 'Party building',
'全面从严治党主体责任落实情况
党风廉政建设和意识形态工作责任制落实情况
村（社区）党组织建设
村（社区）“两委”换届准备
党员发展、教育和管理', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 4, 'personnel', '干部人事', 'Cadres and personnel',
'机构设置、编制和领导职数
干部名册、包村（社区）分工
干部选拔任用、考核中的待办事项
村（社区）干部队伍和重点关注人员（党员、人才、困难群体）', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 5, 'rectification', '巡视巡察整改', 'Inspection findings and rectification',
'巡视巡察反馈问题中尚未完成整改的事项
审计查出问题的整改情况
其他督查检查发现问题的整改情况
每项整改的责任人和完成时限', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 6, 'petitions', '信访稳定', 'Petitions and stability',
'未结信访案件及化解进展
重点信访人员和群体的情况
矛盾纠纷排查调处情况
社会稳定和舆情风险及应对预案', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 7, 'legacy_risk', '历史遗留问题与风险隐患', 'Legacy issues and risks',
'历史遗留问题（征地拆迁、安置等）的来由和处置进展
安全生产和防灾减灾隐患
合作社债务纠纷等村级风险
重大风险隐患
已采取的措施和下一步处置建议', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 8, 'personal_custody', '个人保管使用的公物公款', 'Public property and funds in personal custody',
'办公设备和交通工具
单位信用卡、印章和钥匙
个人借款和备用金
个人保管的文件、合同原件和资料
账号和系统权限', TRUE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 9, 'heritage', '文化遗产（巡文护宝）', 'Cultural heritage (heritage patrol)',
'文物保护单位和不可移动文物的数量、级别和名录
文物保护状况和安全隐患
古树名木、古建筑等历史遗存的管护情况
文物修缮和保护项目进度
文物安全责任人和巡查记录', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 10, 'forest', '山林（巡山交树）', 'Forests (forest patrol)',
'森林面积、林地和耕地面积
林长制落实情况
森林防火和病虫害防治
林权纠纷和毁林风险
生态保护和修复项目进度', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 11, 'river', '河流（巡河交水）', 'Rivers (river patrol)',
'辖区河流及各河段水质类别
河长制落实和巡河记录
污水处理设施运行情况
涉河违法问题和水环境整治项目', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 12, 'other', '其他', 'Other matters',
'工作体会和注意事项
对外联络和关键联系人
其他需要说明的事项', FALSE
FROM checklist_template WHERE code = 'township' AND version = 1;

-- ---------------------------------------------------------------- shizuishan: five core areas, plus the
-- 经济事项交接表 (finance, assets, personnel) signed alongside the 重点工作交接表
INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 1, 'key_work', '重点工作任务', 'Key work tasks',
'任职期间重点工作任务的完成情况
在建项目的进度
待解决的问题及方案、建议
讲清楚历史渊源：工作的由来和前期基础
讲清楚现实依据：政策文件和决策依据
讲清楚发展规划：近期工作安排
讲清楚远景蓝图：中长期目标', FALSE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 2, 'major_funds', '重大资金项目', 'Major funds and projects',
'重大项目资金的来源、拨付和使用情况
专项资金管理使用情况
政府投资项目的概算、决算和结算
资金缺口和后续支付安排
项目绩效和审计情况', TRUE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 3, 'party_building', '党建责任落实', 'Party-building responsibilities',
'全面从严治党主体责任落实情况
党风廉政建设和意识形态工作责任制落实情况
基层党组织建设
党员教育管理', FALSE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 4, 'rectification', '巡视巡察整改', 'Inspection findings and rectification',
'巡视巡察反馈问题及整改进度
尚未完成整改事项的方案和时限
审计查出问题的整改情况', FALSE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 5, 'legacy_risk', '历史遗留问题和风险隐患处置', 'Legacy issues and risk disposal',
'历史遗留问题的来龙去脉和处置进展
安全生产和重大风险隐患
未结信访案件
处置方案和建议', FALSE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 6, 'economic', '经济事项（财务资产、人事管理）', 'Economic matters (finance, assets, personnel)',
'财务收支和资金结余
银行账户及余额
债权债务（含账外、应付未付款项）
固定资产和国有资产
合同协议
机构编制和人员情况', TRUE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 7, 'other', '其他', 'Other matters',
'园区、学校、医院、国企等不同单位的个性化事项
工作体会和注意事项
其他需要说明的事项', FALSE
FROM checklist_template WHERE code = 'shizuishan' AND version = 1;

-- ---------------------------------------------------------------- putian: five modules of the street-office list
INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 1, 'party_building', '党的建设', 'Party building',
'党工委主体责任落实情况
基层党组织和社区党建
党员队伍建设
党风廉政建设和意识形态工作', FALSE
FROM checklist_template WHERE code = 'putian' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 2, 'cadres', '干部队伍建设', 'Cadre team building',
'机构编制、职数和人员分工
干部选拔、培养和考核
社区工作者和人才队伍
干部队伍中需要关注的问题', FALSE
FROM checklist_template WHERE code = 'putian' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 3, 'stability', '社会安定稳定', 'Social stability',
'信访积案及化解进展
安全生产和应急管理
矛盾纠纷排查调处
舆情和群体性事件风险', FALSE
FROM checklist_template WHERE code = 'putian' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 4, 'development', '经济社会发展', 'Economic and social development',
'主要经济指标和统计数据
重点项目（安置房、征迁拆迁等）进度、施工难点和群众协调
财政收支、债权债务和资产
招商引资和商贸业态发展
民生实事', TRUE
FROM checklist_template WHERE code = 'putian' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 5, 'other', '需交接的其他方面', 'Other matters to hand over',
'特殊事项
紧急任务
历史遗留问题
其他需要说明的事项', FALSE
FROM checklist_template WHERE code = 'putian' AND version = 1;

-- ---------------------------------------------------------------- wuyishan: 四交四继 plus heritage, forests, rivers
INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 1, 'ideas', '交发展思路（继接续之责）', 'Development ideas (carry the course on)',
'发展思路和发展目标
乡村振兴和产业发展规划
重点工作安排
民生实事和社会治理思路', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 2, 'pending', '交未结事项（继未竟之责）', 'Unfinished matters (finish what is unfinished)',
'在建项目和民生项目的进度
已决策但尚未实施的事项
尚未办结的工作任务和对群众的承诺
每项的办理时限和责任人', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 3, 'assets', '交存量家底（继创业之责）', 'Existing assets (build on the foundation)',
'财政财务收支和资金结余
银行账户及余额
债权债务（含账外、应付未付款项）
固定资产和国有资产
村级集体“三资”（资金、资产、资源）
合同协议', TRUE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 4, 'risks', '交问题隐患（继攻坚之责）', 'Problems and hidden risks (take on the hard tasks)',
'风险隐患及处置进展
未结信访案件和矛盾纠纷
安全生产隐患
历史遗留问题', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 5, 'heritage', '文化遗产（巡文护宝）', 'Cultural heritage (heritage patrol)',
'文物保护单位和不可移动文物的数量、级别和名录
文物保护状况和安全隐患
古树名木、古建筑等历史遗存的管护情况
文物修缮和保护项目进度
文物安全责任人和巡查记录', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 6, 'forest', '山林（巡山交树）', 'Forests (forest patrol)',
'森林面积、林地和耕地面积
林长制落实情况
森林防火和病虫害防治
林权纠纷和毁林风险
生态保护和修复项目进度', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 7, 'river', '河流（巡河交水）', 'Rivers (river patrol)',
'辖区河流及各河段水质类别
河长制落实和巡河记录
污水处理设施运行情况
涉河违法问题和水环境整治项目', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)
SELECT id, 8, 'other', '其他', 'Other matters',
'工作体会和注意事项
对外联络和关键联系人
其他需要说明的事项', FALSE
FROM checklist_template WHERE code = 'wuyishan' AND version = 1;

-- ================================================================ policies
-- Common defaults where no source gives a number (our assumptions, stated in each note):
-- NOTICE_RECEIPT 2, REVIEW 5, CONFIRMATION 5, RULING 5, SIGNING 3, PLAN 20 working days.

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('default', '默认离任交接制度', '{
  "code": "default",
  "name": "默认离任交接制度",
  "templateCode": "default",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 10, "unit": "WORKING_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 3,
  "followUpYears": 3,
  "publicity": false,
  "note": "默认制度，综合各地做法的建议值。清单填报10个工作日（各地所见有5、7、10、15个工作日，10日内、1个月等）；组织、纪检监察、财政、审计联合审核并会签，交接书一式6份分送四部门和交接双方（参照石嘴山）；争议事项以审计结论为准（石嘴山有此提法，其他地方未见原文，可调整）；未了事项推进计划20个工作日内提交、每季度跟进、跟踪期3年（宁德：交接后3年内纳入年度述职）。签收2个工作日、审核5个工作日、核对确认5个工作日、争议裁定5个工作日、签字3个工作日为本系统假设。"
}', '2026-11-22 00:00:00.000');

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('shizuishan', '石嘴山市领导干部离任交接', '{
  "code": "shizuishan",
  "name": "石嘴山市领导干部离任交接",
  "templateCode": "shizuishan",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 10, "unit": "CALENDAR_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 1,
  "followUpYears": 3,
  "publicity": false,
  "note": "依据石嘴山市领导干部离任交接做法（2025年7月报道）：收到《领导干部离任交接通知书》后10日内完成梳理交接（报道未说明自然日还是工作日，按自然日计）；组织、纪检、财政、审计等单位联合审核交接内容；争议事项以审计结论为最终依据；交接表一式6份，由纪检监察、组织、财政、审计部门和交接双方留存；接任者制定未了事项推进计划，市纪委监委、市委组织部定期跟踪督办（按每月跟进，为本系统假设）。报道只写交接双方签字确认，组织者和四个审核部门会签为本系统默认。签收2个工作日、审核5个工作日、核对确认5个工作日、争议裁定5个工作日、签字3个工作日、推进计划20个工作日、跟踪期3年为本系统假设。"
}', '2026-11-22 00:00:00.000');

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('putian', '莆田市街道党政正职离任交接', '{
  "code": "putian",
  "name": "莆田市街道党政正职离任交接",
  "templateCode": "putian",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 10, "unit": "WORKING_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 3,
  "followUpYears": 3,
  "publicity": true,
  "note": "依据莆田市城厢区凤凰山街道党工委书记离任交接会（2025年6月报道）：离任交接清单分党的建设、干部队伍建设、社会安定稳定、经济社会发展、需交接的其他方面五大模块；交接会上巡察、信访、审计、发改、统计、应急、财政等主管部门共同见证，接任者接过清单并作任职承诺，因此公开交接情况（本系统的联合审核限组织、纪检监察、财政、审计四个部门）。报道未给出期限：清单填报10个工作日及其余期限、会签、份数、争议以审计结论为准和跟踪安排均沿用默认制度，为本系统假设。"
}', '2026-11-22 00:00:00.000');

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('wuyishan', '武夷山市交业继责', '{
  "code": "wuyishan",
  "name": "武夷山市交业继责",
  "templateCode": "wuyishan",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 10, "unit": "WORKING_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 3,
  "followUpYears": 3,
  "publicity": true,
  "note": "依据武夷山市落实《南平市乡镇（街道）党政正职交业继责办法（试行）》的做法（报道）：四交四继，即交发展思路继接续之责、交未结事项继未竟之责、交存量家底继创业之责、交问题隐患继攻坚之责；双方签署交业继责事项清单和文化遗产离任交接书，实地巡文护宝、巡山交树、巡河交水，并举行交接仪式，因此公开交接情况。办法全文未见，期限不详：清单填报10个工作日及其余期限、联合审核、会签、份数、争议以审计结论为准和跟踪安排均沿用默认制度，为本系统假设。"
}', '2026-11-22 00:00:00.000');

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('jingxian', '泾县工作交接（7个工作日）', '{
  "code": "jingxian",
  "name": "泾县工作交接（7个工作日）",
  "templateCode": "default",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 7, "unit": "WORKING_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 3,
  "followUpYears": 3,
  "publicity": false,
  "note": "依据泾县《关于构建从严管理监督干部体系的实施意见》：干部调动、免职、辞职或因其他原因离开岗位时，以书面形式办理工作交接，内容包括重要工作事项、经济事项、干部人事事项、重大信访和社会稳定事项及其他需要交接的事项，工作交接一般应在7个工作日内办结；本系统以7个工作日作为清单填报期限。联合审核、会签、份数、争议以审计结论为准，以及签收、审核、核对确认、争议裁定、签字、推进计划的期限和跟踪安排均沿用默认制度，为本系统假设。"
}', '2026-11-22 00:00:00.000');

INSERT INTO handover_policy (code, name, body, updated_at) VALUES ('essay', '7至15日内完成交接（参考文章）', '{
  "code": "essay",
  "name": "7至15日内完成交接（参考文章）",
  "templateCode": "default",
  "deadlines": {
    "NOTICE_RECEIPT": {"value": 2, "unit": "WORKING_DAYS"},
    "CHECKLIST": {"value": 15, "unit": "CALENDAR_DAYS"},
    "REVIEW": {"value": 5, "unit": "WORKING_DAYS"},
    "CONFIRMATION": {"value": 5, "unit": "WORKING_DAYS"},
    "RULING": {"value": 5, "unit": "WORKING_DAYS"},
    "SIGNING": {"value": 3, "unit": "WORKING_DAYS"},
    "PLAN": {"value": 20, "unit": "WORKING_DAYS"}
  },
  "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"],
  "disputeRuler": "AUDIT",
  "signers": ["DEPARTING", "SUCCESSOR", "ORGANIZER", "REVIEWER_ORGANIZATION", "REVIEWER_DISCIPLINE", "REVIEWER_FINANCE", "REVIEWER_AUDIT"],
  "copies": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"],
  "checkInMonths": 3,
  "followUpYears": 3,
  "publicity": true,
  "note": "依据《切实做好领导交接》一文：组织上宣布职务调整后，一般应在7至15天内完成工作交接；本系统取上限15天（按自然日计）作为清单填报期限。文中主张由组织部门牵头，纪检监察、审计、财政共同监督，离任、接任领导和监交单位领导在交接书上签名，交接情况除不便公开的事项外在一定范围内公开，因此开启公开。文中主张以离任审计结果为交接基础，故争议由审计裁定。签收、审核、核对确认、争议裁定、签字、推进计划的期限和跟踪安排沿用默认制度，为本系统假设。"
}', '2026-11-22 00:00:00.000');
