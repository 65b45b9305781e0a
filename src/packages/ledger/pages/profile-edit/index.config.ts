export default definePageConfig({
  navigationBarTitleText: '编辑企业档案',
});
