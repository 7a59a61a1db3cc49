// Entry point for `cdktf synth` (cdktf.json) and `nx run platform:synth`: synthesizes into cdktf.out.
import { App } from 'cdktf';
import { buildPlatform } from './app';

const app = new App();
buildPlatform(app);
app.synth();
